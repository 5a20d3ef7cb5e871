import { CONNECTORS, ORGANIZATION_HEADS, OTHER_HEADS, OTHER_LEADS, PLACE_HEADS, PLACE_PREPOSITIONS } from './cues';
import { gazetteer } from './gazetteer';
import type { ProperEvidence } from './proper-evidence';
import type { Candidate } from './refine';
import { isAcronym } from './tokens';
import type { EntityType } from './types';

/**
 * The type a single occurrence suggests, strongest evidence first. `null` means no evidence:
 * the name may still get a type from another occurrence or from the name it is a short form of.
 */
export function classify(candidate: Candidate, evidence: ProperEvidence): EntityType | null {
  const words = candidate.tokens.map((token) => token.text);
  const name = candidate.name;
  if (gazetteer.places.has(name)) return 'place';
  const connector = words.findIndex((word) => CONNECTORS.has(word));
  const head = (connector > 0 ? words[connector - 1] : words[words.length - 1]) ?? '';
  const lastTwo = words.slice(-2).join(' ');
  if (PLACE_HEADS.has(lastTwo)) return 'place';
  if (words.length > 1 && OTHER_LEADS.has(words[0] ?? '')) return 'other';
  if (words.length > 1 || connector > 0) {
    if (OTHER_HEADS.has(head)) return 'other';
    if (ORGANIZATION_HEADS.has(head)) return 'organization';
    if (PLACE_HEADS.has(head)) return 'place';
  }
  if (candidate.work) return 'other';
  if (candidate.titled) return 'person';
  if (candidate.thing) return 'other';
  if (words.length === 1 && isAcronym(name)) return /\p{N}/u.test(name) ? 'other' : 'organization';
  if (words.length >= 2 && words.length <= 3 && evidence.isFirstName(words[0] ?? '')) return 'person';
  if (evidence.isKnownPlace(name)) return 'place';
  if (words.length === 1 && candidate.previousWord && PLACE_PREPOSITIONS.has(candidate.previousWord)) return 'place';
  return null;
}

/**
 * What an unknown name most likely is when nothing in the text says: two or three words read as
 * a person, unless led by an acronym ("IG Metall" is a union); a lone word that is no one's short
 * form is, in news, most often a town or region.
 */
export function fallbackType(words: readonly string[]): EntityType {
  if (words.length >= 2 && words.length <= 3 && !isAcronym(words[0] ?? '')) return 'person';
  return words.length === 1 ? 'place' : 'organization';
}
