import type { Article } from '../schema/article';
import type { Entity, RelatedEntity } from '../schema/entity';
import { compareRelated } from './ranking';

export interface EntityCatalogEntry {
  id: string;
  aliases: readonly string[];
  description?: string;
}

export const RELATED_LIMIT = 12;

/**
 * Entity records are aggregated from the stories that mention them: counts, first and last
 * appearance, the latest role, and which other entities share their stories (co-occurrence).
 */
export function buildEntityRecords(articles: readonly Article[], catalog: readonly EntityCatalogEntry[]): Entity[] {
  const extra = new Map(catalog.map((entry) => [entry.id, entry]));
  const chronological = [...articles].sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  const records = new Map<string, Entity>();
  const related = new Map<string, Map<string, number>>();

  for (const article of chronological) {
    for (const entity of article.entities) {
      const record = records.get(entity.id) ?? {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: [...(extra.get(entity.id)?.aliases ?? [])],
        ...(extra.get(entity.id)?.description ? { description: extra.get(entity.id)?.description } : {}),
        articleCount: 0,
        firstSeen: article.publishedAt,
        lastSeen: article.publishedAt,
        related: [],
      };
      record.articleCount += 1;
      record.lastSeen = article.publishedAt;
      if (entity.role) record.role = entity.role;
      records.set(entity.id, record);

      const counts = related.get(entity.id) ?? new Map<string, number>();
      for (const other of article.entities) {
        if (other.id !== entity.id) counts.set(other.id, (counts.get(other.id) ?? 0) + 1);
      }
      related.set(entity.id, counts);
    }
  }

  for (const record of records.values()) {
    record.related = [...(related.get(record.id) ?? new Map<string, number>())]
      .map(([id, count]): RelatedEntity | undefined => {
        const other = records.get(id);
        return other && { id, name: other.name, type: other.type, count };
      })
      .filter((item): item is RelatedEntity => item !== undefined)
      .sort(compareRelated)
      .slice(0, RELATED_LIMIT);
  }
  return [...records.values()].sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
}
