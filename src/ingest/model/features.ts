import { gazetteer } from '../extract/gazetteer';
import type { Token } from '../extract/tokens';
import { documentCase, type DocumentCase } from './document-case';
import { lineKind, type LineKind } from './line-kind';

/** Bump when the features below change: a model trained on other features must not load. */
export const FEATURE_SET = 'lede-ner-features-2';

/** A story's lines as the tagger sees them: Lede's own tokens of each cleaned paragraph. */
export interface FeatureInput {
  paragraphs: readonly string[];
  tokens: readonly (readonly Token[])[];
}

/**
 * The features of every token of every paragraph, as strings a model looks up. Pure: the same
 * text gives the same features in Node and in the browser, and the model knows nothing of them.
 */
export function storyFeatures(input: FeatureInput): string[][][] {
  const featuresOf = featurizer(input);
  return input.paragraphs.map((_, p) =>
    featuresOf(p, 0, input.tokens[p]?.length ?? 0).map((context, i) => [
      ...wordFeatures(input.tokens[p]?.[i]?.text ?? ''),
      ...context,
    ]),
  );
}

/**
 * The features of a word on its own, wherever it stands: the same word always has the same ones,
 * so a tagger may look them up once per word rather than once per token.
 */
export function wordFeatures(word: string): string[] {
  const low = word.toLowerCase();
  const f = ['b', `w=${word}`, `l=${low}`, `s=${fullShape(word)}`, `h=${shortShape(word)}`];
  for (let n = 1; n <= 4 && n <= low.length; n += 1) f.push(`p${n}=${low.slice(0, n)}`, `x${n}=${low.slice(-n)}`);
  const named = titleCase(word);
  if (gazetteer.places.has(named)) f.push('gp');
  if (gazetteer.demonyms.has(named) || gazetteer.demonyms.has(named.replace(/s$/u, ''))) f.push('gd');
  return f;
}

/**
 * The other features, those of a token in its place, a few tokens at a time: `(paragraph, from,
 * to)` -> the features of tokens [from, to) of that paragraph beyond its wordFeatures, so a 1 MB
 * paragraph never holds all its features at once.
 */
export function featurizer(input: FeatureInput): (paragraph: number, from: number, to: number) => string[][] {
  const document = documentCase(input.tokens, input.paragraphs);
  const kinds = input.paragraphs.map((text, p) => lineKind(text, input.tokens[p] ?? []));
  const story = { document, kind: storyKind(kinds), neighbours: neighbours(input.tokens) };
  return (paragraph, from, to) =>
    lineFeatures(input.tokens[paragraph] ?? [], kinds[paragraph] ?? 'prose', story, from, to);
}

interface Story {
  document: DocumentCase;
  /** 'results' for a story that is mostly a table (sports results, markets), else 'text'. */
  kind: string;
  neighbours: ReadonlyMap<string, Neighbours>;
}

function storyKind(kinds: readonly LineKind[]): string {
  const tables = kinds.filter((kind) => kind === 'table').length;
  return tables >= 3 && tables * 3 >= kinds.length ? 'results' : 'text';
}

/** The words before and after a capitalized word wherever the story uses it: a few of each. */
interface Neighbours {
  before: Set<string>;
  after: Set<string>;
}

const NEIGHBOURS_KEPT = 4;

function neighbours(tokens: readonly (readonly Token[])[]): Map<string, Neighbours> {
  const found = new Map<string, Neighbours>();
  for (const line of tokens) {
    line.forEach((token, i) => {
      if (!/^\p{Lu}/u.test(token.text)) return;
      const key = token.text.toLowerCase();
      let entry = found.get(key);
      if (!entry) found.set(key, (entry = { before: new Set(), after: new Set() }));
      const before = line[i - 1]?.text.toLowerCase() ?? '<s>';
      const after = line[i + 1]?.text.toLowerCase() ?? '</s>';
      if (entry.before.size < NEIGHBOURS_KEPT) entry.before.add(before);
      if (entry.after.size < NEIGHBOURS_KEPT) entry.after.add(after);
    });
  }
  return found;
}

function lineFeatures(
  tokens: readonly Token[],
  kind: LineKind,
  { document, kind: storyType, neighbours: around }: Story,
  from: number,
  to: number,
): string[][] {
  // Two tokens of context either side of the range are all any feature looks at.
  const start = Math.max(0, from - 2);
  const window = tokens.slice(start, Math.min(tokens.length, to + 2));
  const words = window.map((token) => token.text);
  const lower = words.map((word) => word.toLowerCase());
  const shapes = words.map(shortShape);
  const at = (list: readonly string[], k: number) => list[k] ?? (k < 0 ? '<s>' : '</s>');
  return tokens.slice(from, to).map((token, offset) => {
    const i = from + offset - start;
    const low = lower[i] ?? '';
    const shape = shapes[i] ?? '';
    const f = [
      `k=${kind}`,
      `kh=${kind}|${shape}`,
      `l-1=${at(lower, i - 1)}`,
      `l+1=${at(lower, i + 1)}`,
      `l-2=${at(lower, i - 2)}`,
      `l+2=${at(lower, i + 2)}`,
      `h-1=${at(shapes, i - 1)}`,
      `h+1=${at(shapes, i + 1)}`,
      `hh=${at(shapes, i - 1)}|${shape}|${at(shapes, i + 1)}`,
      `bl=${at(lower, i - 1)}|${low}`,
      `br=${low}|${at(lower, i + 1)}`,
      `g=${gap(token.gapBefore)}`,
      `ga=${gap(window[i + 1]?.gapBefore ?? '$')}`,
      `dk=${storyType}|${shape}`,
      `dkk=${storyType}|${kind}|${shape}`,
    ];
    if (i + start === 0) f.push('first');
    if (token.sentenceStart) f.push('ss');
    if (token.possessive) f.push('pos');
    if (i + start + 1 === tokens.length) f.push('last');
    if (placeBigram(words, i)) f.push('gp2');
    const elsewhere = around.get(low);
    if (elsewhere) {
      for (const word of elsewhere.before) f.push(`a-1=${word}`);
      for (const word of elsewhere.after) f.push(`a+1=${word}`);
    }
    const seen = document.get(low);
    if (seen) {
      if (seen.midCapital) f.push('dc');
      if (seen.lower) f.push('dl');
      if (seen.midCapital && !seen.lower) f.push('dco');
    }
    return f;
  });
}

function placeBigram(words: readonly string[], i: number): boolean {
  const pair = (a: number) => `${titleCase(words[a] ?? '')} ${titleCase(words[a + 1] ?? '')}`;
  return gazetteer.places.has(pair(i - 1)) || gazetteer.places.has(pair(i));
}

/** "GERMANY" -> "Germany": headline capitals looked up as a name would be written. */
function titleCase(word: string): string {
  return /\p{Ll}/u.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase();
}

function fullShape(word: string): string {
  const shape = word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd');
  return shape.length > 8 ? shape.slice(0, 4) + shape.slice(-4) : shape;
}

function shortShape(word: string): string {
  return fullShape(word).replace(/(.)\1+/gu, '$1');
}

/** The punctuation before a token, spaces dropped, so "(" and ", " read as "(" and ",". */
function gap(text: string): string {
  const trimmed = text.replace(/\s+/gu, '');
  return trimmed.length > 3 ? trimmed.slice(-3) : trimmed;
}
