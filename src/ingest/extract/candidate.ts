import type { Token } from './tokens';
import type { EntityType } from './types';

/** One occurrence of a name, as the model found it and the ruler completed it. */
export interface Candidate {
  paragraph: number;
  tokens: Token[];
  name: string;
  type: EntityType;
  role?: string;
  /** "North Atlantic Treaty Organization (NATO)": the acronym the text defines for this name. */
  acronym?: string;
}
