import { extractEntities } from './extract';
import { shippedModel } from './model/shipped-model';
import type { CuratedEntity } from './story-file';

/**
 * Entities for a story nobody curated: extracted from its cleaned paragraphs by the shipped model, in the
 * shape of curated entity lines, so buildArticle finds their mentions exactly as it does for a
 * curated list. Shared by `npm run ingest` and the corpus build's fallback.
 */
export function extractedStoryEntities(paragraphs: readonly string[]): CuratedEntity[] {
  return extractEntities(paragraphs, shippedModel()).map(({ name, type, aliases, role, nationalities }) => ({
    name,
    type,
    aliases,
    ...(role ? { role } : {}),
    ...(nationalities ? { nationalities } : {}),
  }));
}
