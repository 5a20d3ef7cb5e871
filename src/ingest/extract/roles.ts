import { HONORIFICS, LOWER_ROLE_WORDS, TITLE_HEADS, TITLE_WORDS } from './cues';
import { gazetteer } from './gazetteer';
import { isAcronym, type Token } from './tokens';

/** A person's name once a title is split off it, and the role the words around it give. */
export interface PersonRole {
  /** First token of the name itself (after any title the model ran into it). */
  from: number;
  role?: string;
}

const APPOSITIVE = /^,\s+((?:the\s+)?[\p{Ll}][^,.;:()“”"]{2,80}?)(?=[,.;:]|$)/u;
// Role words that only modify a job ("lead author"): alone they do not make an appositive a role.
const MODIFIERS = new Set(['head', 'lead', 'club', 'team', 'number', 'mission', 'climate', 'planetary', 'managing']);

/**
 * The role of the person named by tokens [from, to]: a title before or at the start of the name
 * ("Japanese Defense Minister Minoru Kihara", "Nvidia Chief Executive Jensen Huang"), lower-case
 * job words before it ("coach Tomas Brenner") or an appositive after it ("Jonas Pihl, the chief
 * executive of Ostvik Group"). A title inside the span is cut off the name.
 */
export function personRole(text: string, tokens: readonly Token[], from: number, to: number): PersonRole {
  const inside = titleLength(tokens.slice(from, to + 1));
  const start = from + inside;
  let titleFrom = inside > 0 ? from : start;
  for (let k = start - 1; k >= Math.max(0, start - 6); k -= 1) {
    if (tokens[k + 1]?.gapBefore !== ' ') break;
    if (titleLength(tokens.slice(k, to + 1)) === start - k) titleFrom = k;
  }
  const title = tokens.slice(titleFrom, start).filter((token) => !HONORIFICS.has(token.text));
  const role = sliceOf(text, title) || lowerRoleBefore(tokens, titleFrom) || appositiveRole(text, tokens[to]);
  return role ? { from: start, role } : { from: start };
}

/**
 * How many leading tokens form a title: an optional nationality or acronym, title words, ending on
 * a head word ("Japanese Defense Minister", "EU Farm Commissioner"), with a token left for the name.
 */
function titleLength(tokens: readonly Token[]): number {
  let end = 0;
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const word = tokens[i]?.text ?? '';
    const next = tokens[i + 1]?.text ?? '';
    const leading = i === 0 && (gazetteer.demonyms.has(word) || isAcronym(word));
    if (!isTitleWord(word) && !leading) break;
    // "Queen's Park" and "Queen of the South" name no one after the title word.
    if (tokens[i]?.possessive || !/^\p{Lu}/u.test(next)) break;
    if (TITLE_HEADS.has(word) && !TITLE_HEADS.has(next)) end = i + 1;
    if (tokens[i + 1]?.gapBefore !== ' ') break;
  }
  return end;
}

/** "European Commissioner", "Rear Admiral": title words ending on a head, naming no one. */
export function isBareTitle(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    TITLE_HEADS.has(last) && words.every((word, i) => isTitleWord(word) || (i === 0 && gazetteer.demonyms.has(word)))
  );
}

function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || TITLE_HEADS.has(word) || gazetteer.demonyms.has(word);
}

/** "head coach Elena Varga": up to three lower-case job words right before the name. */
function lowerRoleBefore(tokens: readonly Token[], from: number): string {
  const words: string[] = [];
  for (let k = from - 1; k >= 0 && words.length < 3; k -= 1) {
    const token = tokens[k];
    if (!token || tokens[k + 1]?.gapBefore !== ' ' || !LOWER_ROLE_WORDS.has(token.text)) break;
    words.unshift(token.text);
  }
  return words.join(' ');
}

/** ", the chief executive of Ostvik Group," right after the name. */
function appositiveRole(text: string, last: Token | undefined): string {
  if (!last || last.possessive) return '';
  const appositive = APPOSITIVE.exec(text.slice(last.end))?.[1];
  if (!appositive) return '';
  const role = appositive.replace(/^the\s+/u, '');
  const words = role.split(/\s+/u);
  return words.slice(0, 3).some((word) => LOWER_ROLE_WORDS.has(word) && !MODIFIERS.has(word)) ? role : '';
}

export function sliceOf(text: string, tokens: readonly Token[]): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}
