import type { EntityType } from '../../news/schema/entity';

/** The order groups appear in: people first, because readers look for who before where. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

export const ENTITY_TYPE_LABEL: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organization', many: 'Organizations' },
  place: { one: 'Place', many: 'Places' },
  other: { one: 'Other', many: 'Other' },
};

/** Text colours that keep at least 4.5:1 on the light and the dark page background. */
export const ENTITY_TYPE_TONE: Record<EntityType, string> = {
  person: 'text-violet-700 dark:text-violet-300',
  organization: 'text-sky-700 dark:text-sky-300',
  place: 'text-emerald-700 dark:text-emerald-300',
  other: 'text-stone-600 dark:text-stone-300',
};
