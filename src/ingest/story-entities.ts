import { extractEntities } from './extract';
import type { CuratedEntity } from './story-file';

/**
 * Entities for a story nobody curated: extracted from its cleaned paragraphs and title, in the
 * shape of curated entity lines, so buildArticle finds their mentions exactly as it does for a
 * curated list. Shared by `npm run ingest` and the corpus build's fallback.
 */
export function extractedStoryEntities(paragraphs: readonly string[], title: string): CuratedEntity[] {
  return extractEntities(paragraphs, title).map(({ name, type, aliases, role }) => ({
    name,
    type,
    aliases,
    ...(role ? { role } : {}),
  }));
}
