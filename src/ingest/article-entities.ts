import type { ArticleEntity } from '../news/schema/article';
import { findMentions, surfaceFormsOf } from './mentions';
import { salienceScores } from './metrics';

/** An entity as a story file or the extractor names it: its id, plus the forms the text uses. */
export interface NamedEntity {
  id: string;
  name: string;
  type: ArticleEntity['type'];
  aliases: readonly string[];
  role?: string;
  /** Adjectives of this place used as nationalities: mentions of it wherever they stand (see findMentions). */
  nationalities?: readonly string[];
}

/**
 * Named entities -> ArticleEntity[] for cleaned paragraphs: mentions found by matching names and
 * aliases (never typed by hand), salience computed, most central first. Pure, so the corpus build
 * and the reader's Web Worker rank entities the same way.
 */
export function articleEntities(
  paragraphs: readonly string[],
  title: string,
  entities: readonly NamedEntity[],
): ArticleEntity[] {
  const forms = entities.map(surfaceFormsOf);
  const mentions = findMentions(paragraphs, forms);
  const inTitle = new Set([...findMentions([title], forms)].filter(([, found]) => found.length > 0).map(([id]) => id));
  const salience = salienceScores(mentions, inTitle);

  return entities
    .map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      ...(entity.role ? { role: entity.role } : {}),
      salience: salience.get(entity.id) ?? 0,
      mentions: mentions.get(entity.id) ?? [],
    }))
    .sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));
}
