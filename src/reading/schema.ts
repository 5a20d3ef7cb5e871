import * as v from 'valibot';
import { DENSITIES, TEXT_SIZES, THEMES } from './defaults';

/**
 * What Lede keeps on the device, one schema per stored version. Only the current version is ever
 * written; older ones are read and migrated (migrate.ts), so a reader who updates keeps their state.
 */
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'is not a story or entity id'));
const Ids = v.array(Id);

/**
 * Version 1: read and saved stories and the light/dark pick, before following and reading settings.
 * The theme stored on its own under 'lede.theme' before this store existed is read as a version 1
 * state holding only that.
 */
export const StoredStateV1 = v.object({
  version: v.literal(1),
  read: Ids,
  saved: Ids,
  theme: v.optional(v.picklist(['light', 'dark'])),
});
export type StoredStateV1 = v.InferOutput<typeof StoredStateV1>;

export const ReadingSettings = v.object({
  textSize: v.picklist(TEXT_SIZES),
  theme: v.picklist(THEMES),
  density: v.picklist(DENSITIES),
});
export type ReadingSettings = v.InferOutput<typeof ReadingSettings>;
export type TextSize = ReadingSettings['textSize'];
export type ThemeChoice = ReadingSettings['theme'];
export type Density = ReadingSettings['density'];

export const FollowedEntity = v.object({
  id: Id,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  type: v.picklist(['person', 'organization', 'place', 'other']),
});
export type FollowedEntity = v.InferOutput<typeof FollowedEntity>;

/** Version 2, the current one. Saved stories and followed entities are kept newest first. */
export const StoredStateV2 = v.object({
  version: v.literal(2),
  read: Ids,
  saved: Ids,
  following: v.array(FollowedEntity),
  settings: ReadingSettings,
});
export type ReadingState = v.InferOutput<typeof StoredStateV2>;

/** Any version Lede has ever written, told apart by its version number. */
export const StoredState = v.variant('version', [StoredStateV1, StoredStateV2]);
