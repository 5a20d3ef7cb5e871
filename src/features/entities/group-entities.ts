import type { ArticleEntity } from '../../news/schema/article';
import type { EntityType } from '../../news/schema/entity';
import { ENTITY_TYPES } from './entity-type';

export interface EntityGroup {
  type: EntityType;
  entities: ArticleEntity[];
}

// A collator compares far faster than localeCompare, which matters for stories with thousands of entities.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Groups in a fixed type order, empty ones left out; inside each, the most salient first. */
export function groupEntities(entities: readonly ArticleEntity[]): EntityGroup[] {
  const ranked = [...entities].sort(
    (a, b) => b.salience - a.salience || b.mentions.length - a.mentions.length || byName.compare(a.name, b.name),
  );
  return ENTITY_TYPES.map((type) => ({ type, entities: ranked.filter((entity) => entity.type === type) })).filter(
    (group) => group.entities.length > 0,
  );
}
