import { classify, fallbackType } from './classify';
import { CONNECTORS, OTHER_LEADS } from './cues';
import { gazetteer } from './gazetteer';
import type { ProperEvidence } from './proper-evidence';
import type { Candidate } from './refine';
import { isAcronym } from './tokens';
import type { EntityType } from './types';

/** Every occurrence of one surface name, and what they say together. */
export interface NameGroup {
  name: string;
  words: string[];
  order: number;
  votes: Map<EntityType, number>;
  role?: string;
  aliases: Set<string>;
}

export function groupCandidates(candidates: readonly Candidate[], evidence: ProperEvidence): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const candidate of candidates) {
    let group = groups.get(candidate.name);
    if (!group) {
      group = {
        name: candidate.name,
        words: candidate.tokens.map((token) => token.text),
        order: groups.size,
        votes: new Map(),
        aliases: new Set(),
      };
      groups.set(candidate.name, group);
    }
    const type = classify(candidate, evidence);
    if (type) group.votes.set(type, (group.votes.get(type) ?? 0) + 1);
    if (candidate.role && !group.role) group.role = candidate.role;
    if (candidate.acronym) group.aliases.add(candidate.acronym);
  }
  return groups;
}

export function typeOf(group: NameGroup): EntityType {
  let best: EntityType | null = null;
  let count = 0;
  for (const [type, votes] of group.votes) {
    if (votes > count) [best, count] = [type, votes];
  }
  return best ?? fallbackType(group.words);
}

/**
 * Folds short forms into the full name they refer back to: an acronym the text defined or that
 * spells the name's initials, a surname or given name of a person, or the leading words of a
 * longer name ("Harbour City" for "Harbour City FC"). The earliest full name wins a tie.
 */
export function foldShortForms(groups: Map<string, NameGroup>): NameGroup[] {
  const all = [...groups.values()].sort((a, b) => a.order - b.order);
  const absorbed = new Set<NameGroup>();
  for (const group of all) {
    for (const alias of group.aliases) {
      const other = groups.get(alias);
      if (other && other !== group) absorbed.add(other);
    }
  }
  for (const short of all) {
    if (absorbed.has(short) || gazetteer.places.has(short.name)) continue;
    const full = all.find(
      (long) =>
        long !== short && !absorbed.has(long) && long.words.length > short.words.length && refersTo(short, long),
    );
    if (!full) continue;
    full.aliases.add(short.name);
    for (const alias of short.aliases) full.aliases.add(alias);
    if (!full.role && short.role) full.role = short.role;
    absorbed.add(short);
  }
  return all.filter((group) => !absorbed.has(group));
}

function refersTo(short: NameGroup, long: NameGroup): boolean {
  const [only] = short.words;
  if (short.words.length === 1 && only !== undefined) {
    if (isAcronym(only) && initials(long.words) === only) return true;
    if (typeOf(long) === 'person') return long.words[0] === only || long.words[long.words.length - 1] === only;
  }
  if (typeOf(long) === 'person') return false;
  if (OTHER_LEADS.has(long.words[0] ?? '') && short.words.join(' ') === long.words.slice(1).join(' ')) return true;
  return short.words.every((word, i) => long.words[i] === word);
}

function initials(words: readonly string[]): string {
  return words
    .filter((word) => !CONNECTORS.has(word))
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}
