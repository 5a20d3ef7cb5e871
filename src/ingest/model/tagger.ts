import { tokenize, type Token } from '../extract/tokens';
import { viterbi } from './decode';
import { featurizer, wordFeatures } from './features';
import { addScores, rowsOf, type LinearModel, type LinearPass } from './model';
import { stackFeaturizer } from './stack-features';
import { CLASSES, spansOf, type EntityClass } from './tags';

/** A name the model found: `paragraph.slice(start, end)` is its text. */
export interface TaggedName {
  paragraph: number;
  start: number;
  end: number;
  cls: EntityClass;
  /** The token indices [from, to] of the paragraph it covers. */
  from: number;
  to: number;
}

// A paragraph longer than this is tagged in pieces: the model's context is a few words, and a
// 1 MB run-on line must not cost more than its length.
const PIECE_TOKENS = 400;

/**
 * The model's names in each paragraph, with the paragraphs' tokens they were read from. The whole
 * story is read twice: the second reading sees how the first tagged every line. A token's own
 * features are looked up once and serve both readings.
 */
export function tagStory(
  model: LinearModel,
  paragraphs: readonly string[],
  tokens: readonly (readonly Token[])[] = paragraphs.map(tokenize),
): TaggedName[] {
  const base = featurizer({ paragraphs, tokens });
  const pieces = tokens.map((line, paragraph) =>
    piecesOf(line.length).map(([from, to]) => ({
      from,
      to,
      words: line.slice(from, to).map((token) => wordScores(model, token.text)),
      rows: base(paragraph, from, to).map((features) => rowsOf(model, features)),
      breaks: nameBreaks(model.abbreviations, line.slice(from, to)),
    })),
  );
  const firstTags = pieces.map((line) => line.flatMap((piece) => decode(model, 0, piece, [piece.rows])));
  const stack = stackFeaturizer(tokens, firstTags);
  const names: TaggedName[] = [];
  pieces.forEach((line, paragraph) => {
    const text = paragraphs[paragraph] ?? '';
    const lineTokens = tokens[paragraph] ?? [];
    for (const piece of line) {
      const second = stack(paragraph, piece.from, piece.to).map((features) => rowsOf(model, features));
      const tags = decode(model, 1, piece, [piece.rows, second]);
      for (const span of spansOf(tags)) {
        const from = span.from + piece.from;
        const to = span.to + piece.from;
        const first = lineTokens[from];
        const last = lineTokens[to];
        const cls = CLASSES[span.cls];
        if (!first || !last || !cls) continue;
        names.push({ paragraph, start: first.start, end: nameEnd(model, text, lineTokens, to), cls, from, to });
      }
    }
  });
  return names;
}

interface Piece {
  from: number;
  to: number;
  /** Each token's wordScores. */
  words: Float32Array[];
  breaks: Uint8Array;
}

// Per model, a word -> the summed weights of its wordFeatures under the first pass, then the second.
const wordCache = new WeakMap<LinearModel, Map<string, Float32Array>>();
const WORDS_CACHED = 100_000;

function wordScores(model: LinearModel, word: string): Float32Array {
  let cache = wordCache.get(model);
  if (!cache) wordCache.set(model, (cache = new Map<string, Float32Array>()));
  let scores = cache.get(word);
  if (scores) return scores;
  const { tagCount } = model;
  scores = new Float32Array(2 * tagCount);
  const rows = rowsOf(model, wordFeatures(word));
  addScores(model.first, tagCount, scores, 0, rows);
  addScores(model.second, tagCount, scores, 1, rows);
  if (cache.size >= WORDS_CACHED) cache.clear();
  cache.set(word, scores);
  return scores;
}

function piecesOf(length: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  for (let from = 0; from < length; from += PIECE_TOKENS) pieces.push([from, Math.min(length, from + PIECE_TOKENS)]);
  return pieces;
}

/** One piece's best tags under one pass (0 or 1): each token scored by its word and its rows from every source. */
function decode(model: LinearModel, passIndex: 0 | 1, piece: Piece, sources: readonly Int32Array[][]): number[] {
  const { tagCount } = model;
  const pass: LinearPass = passIndex === 0 ? model.first : model.second;
  const length = piece.to - piece.from;
  const scores = new Float32Array(length * tagCount);
  piece.words.forEach((word, i) => {
    for (let t = 0; t < tagCount; t += 1) scores[i * tagCount + t] = word[passIndex * tagCount + t] ?? 0;
  });
  for (const rows of sources) rows.forEach((tokenRows, i) => addScores(pass, tagCount, scores, i, tokenRows));
  return viterbi(scores, length, model.tagCount, pass.transitions, piece.breaks);
}

const HARD_BREAK = /[!?;:()[\]{}"“”\n]/u;
// A comma and a space part two names ("Mobil, Shell and Caltex"); a comma in a number does not.
const LIST_BREAK = /,\s/u;

/**
 * Where a name cannot run on: across the end of a sentence ("in March. Kihara said"), a bracket,
 * a quote or a comma in a list. A full stop after an abbreviation ("U.S. Open") does not end the
 * name, nor does the bracket of a club's town letter ("Proleter (Z)", see isTownLetter).
 */
export function nameBreaks(abbreviations: ReadonlySet<string>, tokens: readonly Token[]): Uint8Array {
  const breaks = new Uint8Array(tokens.length);
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (!previous) return;
    const gap = token.gapBefore;
    const stop = gap.includes('.') && !isAbbreviation(abbreviations, previous) && !/^\p{Lu}$/u.test(previous.text);
    if (isTownLetter(tokens, i)) return;
    if (stop || HARD_BREAK.test(gap) || LIST_BREAK.test(gap)) breaks[i] = 1;
  });
  return breaks;
}

/**
 * "Proleter (Z)", "Mladost (BJ)": one or two capitals in brackets right after a word, the letter
 * that tells apart clubs of one name by their town. It is part of the name.
 */
export function isTownLetter(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return (
    token !== undefined &&
    next !== undefined &&
    i > 0 &&
    /^\p{Lu}{1,2}$/u.test(token.text) &&
    /^ ?\($/u.test(token.gapBefore) &&
    next.gapBefore.startsWith(')')
  );
}

function isAbbreviation(abbreviations: ReadonlySet<string>, token: Token): boolean {
  return token.text.includes('.') || abbreviations.has(token.text);
}

/** "U.S." and "Corp.": the full stop after an abbreviation belongs to the name; so does the bracket after a town letter. */
function nameEnd(model: LinearModel, text: string, tokens: readonly Token[], to: number): number {
  const last = tokens[to];
  if (!last) return 0;
  if (isTownLetter(tokens, to)) return last.end + 1;
  if (text[last.end] !== '.' || last.possessive) return last.end;
  return isAbbreviation(model.abbreviations, last) ? last.end + 1 : last.end;
}
