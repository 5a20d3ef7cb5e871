import { tokenize, type Token } from '../extract/tokens';
import { viterbi } from './decode';
import { featurizer } from './features';
import { emissions, type LinearModel } from './model';
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

/** The model's names in each paragraph, with the paragraphs' tokens they were read from. */
export function tagStory(
  model: LinearModel,
  paragraphs: readonly string[],
  tokens: readonly (readonly Token[])[] = paragraphs.map(tokenize),
): TaggedName[] {
  const featuresOf = featurizer({ paragraphs, tokens });
  const names: TaggedName[] = [];
  paragraphs.forEach((text, paragraph) => {
    const lineTokens = tokens[paragraph] ?? [];
    for (let offset = 0; offset < lineTokens.length; offset += PIECE_TOKENS) {
      const end = Math.min(lineTokens.length, offset + PIECE_TOKENS);
      const piece = featuresOf(paragraph, offset, end);
      const breaks = nameBreaks(model.abbreviations, lineTokens.slice(offset, end));
      const tags = viterbi(emissions(model, piece), piece.length, model.tagCount, model.transitions, breaks);
      for (const span of spansOf(tags)) {
        const from = span.from + offset;
        const to = span.to + offset;
        const first = lineTokens[from];
        const last = lineTokens[to];
        const cls = CLASSES[span.cls];
        if (!first || !last || !cls) continue;
        names.push({ paragraph, start: first.start, end: nameEnd(model, text, last), cls, from, to });
      }
    }
  });
  return names;
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
