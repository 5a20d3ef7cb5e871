import type { CuratedEntity } from '../story-file';

export type EntityType = CuratedEntity['type'];

/** An entity found in raw text: the same shape as a curated entity line, plus the id mentions use. */
export interface ExtractedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  /** Nationalities folded under this place ("Swedish" under Sweden): mentions of it wherever they stand. */
  nationalities?: string[];
}
