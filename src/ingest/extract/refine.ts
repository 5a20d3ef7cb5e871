import type { Span } from './candidates';
import { CONNECTORS, HONORIFICS, NOT_NAMES, OTHER_LEADS, TITLE_HEADS, TITLE_WORDS } from './cues';
import { gazetteer } from './gazetteer';
import type { ProperEvidence } from './proper-evidence';
import { isAcronym, isCapitalized, type Token } from './tokens';

/** A span cleaned into a name: title split off as the role, sentence-initial words dropped. */
export interface Candidate {
  paragraph: number;
  tokens: Token[];
  name: string;
  role?: string;
  acronym?: string;
  previousWord?: string;
  /** A title or job cue was seen: whoever this is, it is a person. */
  titled: boolean;
  /** Named like a book, film or artwork. */
  work: boolean;
  /** Named as a made thing or a mission ("the Frostline spectrometer"). */
  thing: boolean;
}

export function refineSpan(text: string, paragraph: number, span: Span, evidence: ProperEvidence): Candidate | null {
  let tokens = span.tokens;
  let role: string | undefined;

  if (tokens.every((token) => isTitleWord(token.text))) return null;
  const titleEnd = titleLength(tokens);
  if (titleEnd > 0) {
    const titleTokens = tokens.slice(0, titleEnd).filter((token) => !HONORIFICS.has(token.text));
    if (titleTokens.length > 0) role = sliceOf(text, titleTokens);
    tokens = tokens.slice(titleEnd);
    // "the European Commissioner for Climate Action": all title, no name after it.
    if (tokens[0] && CONNECTORS.has(tokens[0].text)) return null;
  }
  // A capitalized "The" inside a sentence opens the title of a work ("The Winter Orchard").
  const work = tokens.length > 1 && tokens[0]?.text === 'The' && !tokens[0].sentenceStart;
  while (tokens[0] && !work && !isKept(tokens[0], tokens.length > 1, evidence)) tokens = tokens.slice(1);
  // "the Japanese-European Yukiusagi lander": a compound of demonyms describes the name after it.
  while (tokens.length > 1 && tokens[0] && isDemonymCompound(tokens[0].text)) tokens = tokens.slice(1);
  const first = tokens[0];
  if (!first) return null;
  const name = sliceOf(text, tokens);
  if (isDemonym(name)) return null;

  const candidate: Candidate = {
    paragraph,
    tokens,
    name,
    titled: role !== undefined || span.roleBefore !== undefined || span.roleAfter !== undefined,
    work,
    thing: span.thing === true && !(tokens.length === 1 && isAcronym(name)),
  };
  const anyRole = role ?? span.roleBefore ?? span.roleAfter;
  if (anyRole) candidate.role = anyRole;
  if (span.acronym) candidate.acronym = span.acronym;
  if (span.previousWord && first === span.tokens[0]) candidate.previousWord = span.previousWord;
  return candidate;
}

/**
 * How many leading tokens form a title: an optional nationality, title words, ending on a head
 * word ("Japanese Defense Minister", "Chief Executive"), with at least one token left for the name.
 */
function titleLength(tokens: readonly Token[]): number {
  let end = 0;
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const word = tokens[i]?.text ?? '';
    const next = tokens[i + 1]?.text ?? '';
    const leading = i === 0 && (gazetteer.demonyms.has(word) || isAcronym(word));
    if (!isTitleWord(word) && !leading) break;
    if (TITLE_HEADS.has(word) && !TITLE_HEADS.has(next)) end = i + 1;
    // "Commissioner for Climate Action Henrik Aalders": the portfolio runs on; the name is the last two words.
    if (TITLE_HEADS.has(word) && CONNECTORS.has(next) && tokens.length - i >= 5) return tokens.length - 2;
    if (tokens[i]?.possessive) break;
  }
  return end;
}

function isKept(token: Token, followed: boolean, evidence: ProperEvidence): boolean {
  if (!isCapitalized(token) || NOT_NAMES.has(token.text)) return false;
  // "Storm Valdis" at the start of a sentence: the lead word belongs to the name.
  if (followed && OTHER_LEADS.has(token.text)) return true;
  return evidence.isName(token, followed);
}

function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || TITLE_HEADS.has(word) || gazetteer.demonyms.has(word);
}

/** "Swedish", "South Korean", "Ukrainians": about a country, not a mention of it. */
function isDemonym(name: string): boolean {
  return gazetteer.demonyms.has(name) || (name.endsWith('s') && gazetteer.demonyms.has(name.slice(0, -1)));
}

function isDemonymCompound(word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && parts.every((part) => gazetteer.demonyms.has(part));
}

function sliceOf(text: string, tokens: readonly Token[]): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}
