import type { LinearModel } from '../model/model';
import { tagStory, type TaggedName } from '../model/tagger';
import { TYPE_OF_CLASS } from '../model/tags';
import type { Candidate } from './candidate';
import { CONNECTORS, LEGAL_SUFFIXES, NOT_NAMES, ORGANIZATION_HEADS } from './cues';
import { headType, leadingNoise } from './head-type';
import { isBareTitle, personRole } from './roles';
import { isNamedThing } from './things';
import type { Token } from './tokens';

const DEFINED_ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;

/**
 * The model's names, completed by what rules know better: a title the model ran into a person's
 * name is cut off it and kept as the role, a role around the name is read, words that only start
 * a sentence are dropped, a head word types a name ("Brightwater Shipping"), so does a thing
 * noun after it ("the Tsukimi lander"), and an acronym the
 * text defines right after a name is kept with it.
 */
export function modelCandidates(
  model: LinearModel,
  paragraphs: readonly string[],
  tokens: readonly (readonly Token[])[],
): Candidate[] {
  const lowerCase = new Set(tokens.flatMap((line) => line.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text)));
  return joinConnected(tagStory(model, paragraphs, tokens), tokens).flatMap((tagged) => {
    const text = paragraphs[tagged.paragraph] ?? '';
    const line = tokens[tagged.paragraph] ?? [];
    let type = TYPE_OF_CLASS[tagged.cls];
    let from = tagged.from + leadingNoise(line.slice(tagged.from, tagged.to + 1), lowerCase);
    if (from === tagged.to && NOT_NAMES.has(line[from]?.text ?? '') && line[from]?.sentenceStart) return [];
    let role: string | undefined;
    if (type === 'person' || tagged.to > tagged.from) {
      const found = personRole(text, line, from, tagged.to);
      // A title inside any span means the rest is a person ("Nvidia Chief Executive Jensen Huang").
      if (found.from > from) type = 'person';
      if (type === 'person') ({ from, role } = found);
    }
    const first = line[from];
    if (!first) return [];
    const words = line.slice(from, tagged.to + 1);
    if (isBareTitle(words.map((word) => word.text))) return [];
    const name = text.slice(first.start, tagged.end);
    const thing = isNamedThing(text, line, from, tagged.to);
    const typed =
      type === 'person' && role ? type : thing ? 'other' : (headType(words.map((word) => word.text)) ?? type);
    const candidate: Candidate = { paragraph: tagged.paragraph, tokens: words, name, type: typed };
    if (role) candidate.role = role;
    const acronym = DEFINED_ACRONYM.exec(text.slice(tagged.end))?.[1];
    if (acronym && acronym !== candidate.name) candidate.acronym = acronym;
    return [candidate];
  });
}

/**
 * "Nordic Centre" for "Climate Resilience": two names joined by "of" or "for" after an
 * organization's head word are one organization ("Nordic Centre for Climate Resilience").
 */
function joinConnected(names: readonly TaggedName[], tokens: readonly (readonly Token[])[]): TaggedName[] {
  const joined: TaggedName[] = [];
  for (const name of names) {
    const previous = joined[joined.length - 1];
    const line = tokens[name.paragraph] ?? [];
    const between = line[name.from - 1];
    const head = previous ? line[previous.to]?.text : undefined;
    if (
      previous &&
      previous.paragraph === name.paragraph &&
      previous.to + 2 === name.from &&
      between &&
      CONNECTORS.has(between.text) &&
      between.gapBefore === ' ' &&
      line[name.from]?.gapBefore === ' ' &&
      ORGANIZATION_HEADS.has(head ?? '') &&
      // "Kia Motor Corp of South Korea": after a company's legal suffix, "of" says where it is.
      !LEGAL_SUFFIXES.has(head ?? '')
    ) {
      joined[joined.length - 1] = { ...previous, to: name.to, end: name.end, cls: 'ORG' };
      continue;
    }
    joined.push(name);
  }
  return joined;
}
