import { describe, expect, it } from 'vitest';
import { ProperEvidence } from '../../../src/ingest/extract/proper-evidence';
import { sentenceAround } from '../../../src/ingest/extract/sentence-window';
import { tokenize, type Token } from '../../../src/ingest/extract/tokens';

function evidenceFor(paragraphs: string[]) {
  const tokens = paragraphs.map(tokenize);
  const evidence = new ProperEvidence(paragraphs, tokens);
  const token = (paragraph: number, word: string): Token => {
    const found = tokens[paragraph]?.find((candidate) => candidate.text === word);
    if (!found) throw new Error(`no token ${word}`);
    return found;
  };
  return { evidence, token };
}

describe('sentenceAround', () => {
  const text = 'Talks ended. “We agreed,” she said! Officials left at noon';

  it('returns the sentence holding the offset, closing marks included', () => {
    const [start, end] = sentenceAround(text, text.indexOf('she'));
    expect(text.slice(start, end)).toBe(' “We agreed,” she said!');
  });

  it('runs the last sentence to the end of the text', () => {
    const [start, end] = sentenceAround(text, text.indexOf('Officials'));
    expect(text.slice(start, end)).toBe(' Officials left at noon');
  });
});

describe('ProperEvidence', () => {
  it('reads a sentence-initial word the lexicon knows as common, whatever follows', () => {
    const { evidence, token } = evidenceFor(['Officials said the talks would go on. During Lent Nora Hale fasted.']);
    expect(evidence.isName(token(0, 'Officials'), false)).toBe(false);
    expect(evidence.isName(token(0, 'During'), true)).toBe(false);
  });

  it('reads a known given name at the start of a sentence as a name', () => {
    const { evidence, token } = evidenceFor(['Elena said no.']);
    expect(evidence.isName(token(0, 'Elena'), false)).toBe(true);
  });

  it('reads an acronym opening a sentence as a name without asking the tagger', () => {
    const { evidence, token } = evidenceFor(['JAXA said the launch would go ahead.']);
    expect(evidence.isName(token(0, 'JAXA'), false)).toBe(true);
  });

  it('lets the text overrule the lexicon: a word capitalized mid-sentence is a name', () => {
    const { evidence, token } = evidenceFor(['Summit organisers met.', 'They booked Summit for May.']);
    expect(evidence.isName(token(0, 'Summit'), false)).toBe(true);
  });

  it('asks the tagger, in its sentence, about a word neither the text nor the lexicon knows', () => {
    const { evidence, token } = evidenceFor(['Talks resumed. Snorkingly Anna Berg left.', 'Minoru Kihara stayed.']);
    // Read as an adverb in context, so not the start of a name even with names after it...
    expect(evidence.isName(token(0, 'Snorkingly'), true)).toBe(false);
    // ...while an unknown word the tagger calls a plain noun starts a name when names follow.
    expect(evidence.isName(token(1, 'Minoru'), true)).toBe(true);
    expect(evidence.isName(token(1, 'Minoru'), false)).toBe(false);
  });
});
