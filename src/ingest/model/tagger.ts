import { tokenize, type Token } from '../extract/tokens';
import { viterbi } from './decode';
import { featurizer } from './features';
import { addScores, type LinearModel, type LinearPass } from './model';
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

type PieceFeatures = (paragraph: number, from: number, to: number) => string[][];

/**
 * The model's names in each paragraph, with the paragraphs' tokens they were read from. The whole
 * story is read twice: the second reading sees how the first tagged every line.
 */
export function tagStory(
  model: LinearModel,
  paragraphs: readonly string[],
  tokens: readonly (readonly Token[])[] = paragraphs.map(tokenize),
): TaggedName[] {
  const base = featurizer({ paragraphs, tokens });
  const firstTags = tagLines(model, model.first, tokens, [base]);
  const tags = tagLines(model, model.second, tokens, [base, stackFeaturizer(tokens, firstTags)]);
  const names: TaggedName[] = [];
  tags.forEach((lineTags, paragraph) => {
    const text = paragraphs[paragraph] ?? '';
    const lineTokens = tokens[paragraph] ?? [];
    for (const span of spansOf(lineTags)) {
      const first = lineTokens[span.from];
      const last = lineTokens[span.to];
      const cls = CLASSES[span.cls];
      if (!first || !last || !cls) continue;
      const end = nameEnd(model, text, last);
      names.push({ paragraph, start: first.start, end, cls, from: span.from, to: span.to });
    }
  });
  return names;
}

/** Every line's best tags under one pass, scoring each token with the features of every source. */
function tagLines(
  model: LinearModel,
  pass: LinearPass,
  tokens: readonly (readonly Token[])[],
  sources: readonly PieceFeatures[],
): number[][] {
  return tokens.map((lineTokens, paragraph) => {
    const tags: number[] = [];
    for (let offset = 0; offset < lineTokens.length; offset += PIECE_TOKENS) {
      const end = Math.min(lineTokens.length, offset + PIECE_TOKENS);
      const length = end - offset;
      const scores = new Float32Array(length * model.tagCount);
      for (const source of sources)
        source(paragraph, offset, end).forEach((features, i) => addScores(pass, model.tagCount, scores, i, features));
      const breaks = nameBreaks(model.abbreviations, lineTokens.slice(offset, end));
      tags.push(...viterbi(scores, length, model.tagCount, pass.transitions, breaks));
    }
    return tags;
  });
}
const HARD_BREAK = /[!?;:()[\]{}"“”\n]/u;

/**
 * Where a name cannot run on: across the end of a sentence ("in March. Kihara said"), a bracket
 * or a quote. A full stop after an abbreviation ("U.S. Open") does not end the name.
 */
export function nameBreaks(abbreviations: ReadonlySet<string>, tokens: readonly Token[]): Uint8Array {
  const breaks = new Uint8Array(tokens.length);
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (!previous) return;
    const gap = token.gapBefore;
    const stop = gap.includes('.') && !isAbbreviation(abbreviations, previous) && !/^\p{Lu}$/u.test(previous.text);
    if (stop || HARD_BREAK.test(gap)) breaks[i] = 1;
  });
  return breaks;
}

function isAbbreviation(abbreviations: ReadonlySet<string>, token: Token): boolean {
  return token.text.includes('.') || abbreviations.has(token.text);
}

/** "U.S." and "Corp.": the full stop after an abbreviation belongs to the name. */
function nameEnd(model: LinearModel, text: string, last: Token): number {
  if (text[last.end] !== '.' || last.possessive) return last.end;
  return isAbbreviation(model.abbreviations, last) ? last.end + 1 : last.end;
}
