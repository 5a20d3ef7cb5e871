import { AGENT_NOUNS, THING_NOUNS } from './cues';
import { isAcronym, isCapitalized, type Token } from './tokens';

const DESCRIPTION = /^,\s+(?:the|a|an)\s+(\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,3})/u;
const DESCRIPTION_END = new Set(['that', 'which', 'who', 'of', 'in', 'for', 'on', 'at', 'to', 'with', 'from', 'and']);

/**
 * Whether the name of tokens [from, to] is a made thing or a mission, an 'other': right before a
 * thing noun ("the Tsukimi lunar lander", not "the Kestrel satellite operator") or described as
 * one ("Amber Watch, the alliance’s patrol mission"). An acronym before "mission" is its owner.
 */
export function isNamedThing(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to];
  if (!last || last.possessive || (from === to && isAcronym(last.text))) return false;
  const after: string[] = [];
  for (let k = to + 1; k <= to + 3; k += 1) {
    const token = tokens[k];
    if (!token || token.gapBefore !== ' ' || isCapitalized(token)) break;
    after.push(token.text);
  }
  if (after.slice(0, 2).some((word, k) => THING_NOUNS.has(word) && !AGENT_NOUNS.has(after[k + 1] ?? ''))) return true;
  return THING_NOUNS.has(descriptionHead(text.slice(last.end)));
}

/** ", the alliance’s patrol mission in the Baltic" -> "mission". */
function descriptionHead(rest: string): string {
  const words = DESCRIPTION.exec(rest)?.[1]?.split(/\s+/u) ?? [];
  const end = words.findIndex((word) => DESCRIPTION_END.has(word));
  return (end === -1 ? words : words.slice(0, end)).at(-1) ?? '';
}
