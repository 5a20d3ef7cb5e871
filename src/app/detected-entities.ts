import { createCorpusIndex, type CorpusIndex } from '../news/engine/corpus-index';
import { buildEntityRecords, type EntityCatalogEntry } from '../news/engine/entity-records';
import type { Article } from '../news/schema/article';

const DESCRIPTION = 'Found automatically in the text of stories read here; the news service does not list it.';

/**
 * The stories whose entities were detected in this reader, indexed by the engine the fixture
 * source and the dev API use: an entity the backend has never heard of still gets a record (counts,
 * first and last appearance, co-occurring entities) and a filterable story list. Its aliases are
 * the other forms the stories' mentions use ("Kihara" for "Minoru Kihara").
 */
export function detectedCorpus(articles: readonly Article[]): CorpusIndex {
  const records = buildEntityRecords(articles, catalogOf(articles)).map((record) => ({
    ...record,
    description: DESCRIPTION,
  }));
  return createCorpusIndex(articles, records);
}

function catalogOf(articles: readonly Article[]): EntityCatalogEntry[] {
  const forms = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const seen = forms.get(entity.id) ?? new Set<string>();
      for (const { paragraph, start, end } of entity.mentions) {
        const surface = article.body[paragraph]?.slice(start, end);
        if (surface && surface !== entity.name) seen.add(surface);
      }
      forms.set(entity.id, seen);
    }
  }
  return [...forms].map(([id, aliases]) => ({ id, aliases: [...aliases].sort() }));
}
