import type { Candidate } from './candidate';
import { CONNECTORS, OTHER_LEADS } from './cues';
import { gazetteer } from './gazetteer';
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

export function groupCandidates(candidates: readonly Candidate[]): Map<string, NameGroup> {
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
    group.votes.set(candidate.type, (group.votes.get(candidate.type) ?? 0) + 1);
    if (candidate.role && !group.role) group.role = candidate.role;
    if (candidate.acronym) group.aliases.add(candidate.acronym);
  }
  return groups;
}

/**
 * The type most occurrences were given; a tie goes to the one given first, except that a one-word
 * name read as a person only as often as as something else is the something else ("Xinhua said",
 * "the Xinhua news agency"): a person named once in full is folded into that full name anyway.
 */
export function typeOf(group: NameGroup): EntityType {
  let best: EntityType = 'other';
  let count = 0;
  for (const [type, votes] of group.votes) {
    const breaksTie = votes === count && best === 'person' && group.words.length === 1;
    if (votes > count || breaksTie) [best, count] = [type, votes];
  }
  return best;
}

/**
 * Folds short forms into the full name they refer back to: an acronym the text defined or that
 * spells the name's initials, a surname or given name of a person, the leading words of a longer
 * name of the same type ("Harbour City" for "Harbour City FC"), or a headline's capitals
 * ("KIHARA" for "Kihara"). The earliest full name wins a tie. Places the gazetteer knows stay
 * themselves, as do demonyms: "Sri Lanka" is not a short form of "Sri Lanka Cricket Board".
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
    if (absorbed.has(short)) continue;
    const full =
      all.find((other) => other !== short && !absorbed.has(other) && isCapitalsOf(short, other)) ??
      (gazetteer.places.has(short.name) || gazetteer.demonyms.has(short.name)
        ? undefined
        : all.find(
            (long) =>
              long !== short && !absorbed.has(long) && long.words.length > short.words.length && refersTo(short, long),
          ));
    if (!full) continue;
    full.aliases.add(short.name);
    for (const alias of short.aliases) full.aliases.add(alias);
    if (!full.role && short.role) full.role = short.role;
    absorbed.add(short);
  }
  return all.filter((group) => !absorbed.has(group));
}

/** "GERMANY" and "Germany": the same name, written in a headline's capitals. */
function isCapitalsOf(short: NameGroup, other: NameGroup): boolean {
  return (
    short.name === short.name.toUpperCase() && other.name !== short.name && other.name.toUpperCase() === short.name
  );
}

function refersTo(short: NameGroup, long: NameGroup): boolean {
  const [only] = short.words;
  const shortType = typeOf(short);
  const longType = typeOf(long);
  const words = short.name === short.name.toUpperCase() ? long.words.map((word) => word.toUpperCase()) : long.words;
  if (short.words.length === 1 && only !== undefined) {
    if (isAcronym(only) && initials(long.words) === only) return true;
    if (longType === 'person') return shortType === 'person' && (words[0] === only || words[words.length - 1] === only);
    // "Ruch" for "Ruch SA", "Daesan" for "Daesan Microelectronics": a company's first word alone,
    // which the model, not knowing the word, read as a surname.
    if (longType === 'organization' && shortType === 'person' && words[0] === only) return true;
  }
  if (longType === 'person' || shortType !== longType) return false;
  if (OTHER_LEADS.has(long.words[0] ?? '') && short.words.join(' ') === words.slice(1).join(' ')) return true;
  return short.words.every((word, i) => words[i] === word);
}

function initials(words: readonly string[]): string {
  return words
    .filter((word) => !CONNECTORS.has(word))
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
}
