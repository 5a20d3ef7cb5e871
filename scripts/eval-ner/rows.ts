import { placeOfDemonym } from '../../src/ingest/extract/demonyms';
import type { Labelled } from '../../src/ingest/extract/ner-score';
import type { ArticleEntity } from '../../src/news/schema/article';

/**
 * The sidebar's rows as a reader sees them: one per entity the story's Article carries, under the
 * name it shows, with the surface forms its mentions have in the text.
 */
export function sidebarRows(entities: readonly ArticleEntity[], paragraphs: readonly string[]): Labelled[] {
  return entities.map((entity) => ({
    name: entity.name,
    type: entity.type,
    aliases: [...new Set(entity.mentions.map((m) => paragraphs[m.paragraph]?.slice(m.start, m.end) ?? ''))],
  }));
}

/**
 * A mention's own kind: a nationality folded under its country ("Swedish" under Sweden) is the
 * nationality adjective news corpora label MISC ('other'), whatever the row it is shown under.
 */
export function mentionType(entity: Pick<ArticleEntity, 'name' | 'type'>, text: string): ArticleEntity['type'] {
  return entity.type !== 'other' && text !== entity.name && placeOfDemonym(text) !== undefined ? 'other' : entity.type;
}
