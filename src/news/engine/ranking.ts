import type { EntitySummary, RelatedEntity } from '../schema/entity';

/** The orders entity lists are served in; the memory and SQL stores both sort with these. */
export function compareEntitySummaries(a: EntitySummary, b: EntitySummary): number {
  return b.count - a.count || b.articleCount - a.articleCount || a.name.localeCompare(b.name);
}

export function compareRelated(a: RelatedEntity, b: RelatedEntity): number {
  return b.count - a.count || a.name.localeCompare(b.name);
}

/** A limit outside the allowed range is brought inside it rather than refused (the API refuses first). */
export function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

export function dropUndefinedRole(item: EntitySummary): EntitySummary {
  if (item.role !== undefined) return item;
  const { role: _role, ...rest } = item;
  return rest;
}
