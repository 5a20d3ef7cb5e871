import {
  AGENT_NOUNS,
  CONNECTING_HEADS,
  CONNECTORS,
  LOWER_HEADS,
  LOWER_ROLE_WORDS,
  OTHER_HEADS,
  PLACE_HEADS,
  THING_NOUNS,
  TITLE_HEADS,
} from './cues';
import { isCapitalized, type Token } from './tokens';

/** A run of capitalized words that may be a name, before any cleaning up. */
export interface Span {
  tokens: Token[];
  /** "North Atlantic Treaty Organization (NATO)": the acronym the text defines for this span. */
  acronym?: string;
  /** "head coach Elena Varga": lower-case job words right before the span. */
  roleBefore?: string;
  /** "Katrin Vollmer, chief executive of Kestrel": an appositive that starts with a job word. */
  roleAfter?: string;
  /** The word before the span, lower case ("in" Bergen). */
  previousWord?: string;
  /** Named as a made thing or a mission: "the Frostline spectrometer", "Baltic Sentry, the patrol mission". */
  thing?: boolean;
}

const HEADS_TAKING_CONNECTORS = new Set([...CONNECTING_HEADS, ...OTHER_HEADS, ...PLACE_HEADS, ...TITLE_HEADS]);
const DEFINED_ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;
const APPOSITIVE = /^,\s+((?:the\s+)?[\p{Ll}][^,.;:()“”"]{2,80}?)(?=[,.;:]|$)/u;

/**
 * Capitalized runs joined by single spaces; "of"/"for" join only after a head word ("Bank of
 * Japan", "Centre for Climate Resilience"), so "Kihara of Japan" stays two names. A possessive,
 * comma or "and" ends a run, which is what splits lists into their items.
 */
export function findSpans(text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i];
    if (!first || !isCapitalized(first)) continue;
    let j = i;
    for (;;) {
      const current = tokens[j];
      const next = tokens[j + 1];
      if (!current || current.possessive || !next || next.gapBefore !== ' ') break;
      if (isCapitalized(next)) {
        j += 1;
        continue;
      }
      if (LOWER_HEADS.has(next.text)) {
        j += 1;
        break;
      }
      const after = tokens[j + 2];
      if (
        CONNECTORS.has(next.text) &&
        HEADS_TAKING_CONNECTORS.has(current.text) &&
        after &&
        after.gapBefore === ' ' &&
        isCapitalized(after)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    spans.push(describe(text, tokens, i, j));
    i = j;
  }
  return spans;
}

function describe(text: string, tokens: readonly Token[], from: number, to: number): Span {
  const run = tokens.slice(from, to + 1);
  const last = run[run.length - 1];
  const span: Span = { tokens: run };
  if (!last) return span;
  const rest = text.slice(last.end + (last.possessive ? 2 : 0));
  const acronym = DEFINED_ACRONYM.exec(rest)?.[1];
  if (acronym) span.acronym = acronym;

  const before: string[] = [];
  for (let k = from - 1; k >= 0 && before.length < 3; k -= 1) {
    const token = tokens[k];
    const following = tokens[k + 1];
    if (!token || !following || following.gapBefore !== ' ' || !LOWER_ROLE_WORDS.has(token.text)) break;
    before.unshift(token.text);
  }
  if (before.length > 0) span.roleBefore = before.join(' ');
  const previous = tokens[from - 1];
  if (previous && !isCapitalized(previous)) span.previousWord = previous.text;

  const appositive = APPOSITIVE.exec(rest)?.[1];
  if (!last.possessive && (namesThing(wordsAfter(tokens, to)) || THING_NOUNS.has(appositiveHead(rest))))
    span.thing = true;
  if (appositive) {
    const words = appositive.replace(/^the\s+/u, '').split(/\s+/u);
    if (words.slice(0, 3).some((word) => LOWER_ROLE_WORDS.has(word) && !MODIFIERS.has(word)))
      span.roleAfter = appositive.replace(/^the\s+/u, '');
  }
  return span;
}

// Role words that only modify a job ("lead author"): alone they do not make an appositive a role.
const MODIFIERS = new Set(['head', 'lead', 'club', 'team', 'number', 'mission', 'climate', 'planetary', 'managing']);

const DESCRIPTION = /^,\s+(?:the|a|an)\s+(\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*){0,3})/u;
const DESCRIPTION_END = new Set(['that', 'which', 'who', 'of', 'in', 'for', 'on', 'at', 'to', 'with', 'from', 'and']);

/** ", the alliance’s patrol mission in the Baltic" -> the head noun of the description, "mission". */
function appositiveHead(rest: string): string {
  const words = DESCRIPTION.exec(rest)?.[1]?.split(/\s+/u) ?? [];
  const end = words.findIndex((word) => DESCRIPTION_END.has(word));
  return (end === -1 ? words : words.slice(0, end)).at(-1) ?? '';
}

/** Up to three lower-case words right after the span, in the same phrase (no punctuation between). */
function wordsAfter(tokens: readonly Token[], to: number): string[] {
  const words: string[] = [];
  for (let k = to + 1; k <= to + 3; k += 1) {
    const token = tokens[k];
    if (!token || token.gapBefore !== ' ' || isCapitalized(token)) break;
    words.push(token.text);
  }
  return words;
}

/** One of the first two words is a thing noun, not itself qualifying an agent ("satellite operator"). */
function namesThing(words: readonly string[]): boolean {
  return words.slice(0, 2).some((word, k) => THING_NOUNS.has(word) && !AGENT_NOUNS.has(words[k + 1] ?? ''));
}
