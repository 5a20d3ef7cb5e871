import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/ingest/extract/tokens';
import { shippedModel } from '../../../src/ingest/model/shipped-model';
import { isTownLetter, nameBreaks, tagStory } from '../../../src/ingest/model/tagger';

const breaksOf = (text: string) => {
  const tokens = tokenize(text);
  const breaks = nameBreaks(new Set(), tokens);
  return tokens.filter((_, i) => breaks[i] === 1).map((token) => token.text);
};

describe('where a name may not run on', () => {
  it('breaks at a comma between names, not at a comma inside a number', () => {
    expect(breaksOf('firms including Mobil, Shell and Caltex')).toEqual(['Shell']);
    expect(breaksOf('the 1,000 Lakes Rally')).toEqual([]);
  });

  it("keeps a club's town letter in brackets with the club, and breaks at other brackets", () => {
    const tokens = tokenize('Hajduk 2 Proleter (Z) 0 (halftime)');
    expect(tokens.map((_, i) => isTownLetter(tokens, i))).toEqual([false, false, false, true, false, false]);
    expect(breaksOf('Hajduk 2 Proleter (Z) 0 (halftime)')).toEqual(['0', 'halftime']);
    expect(breaksOf('Mladost (BJ) 4')).toEqual(['4']);
    expect(breaksOf('Sampras (U.S.) beat')).toEqual(['U.S', 'beat']);
  });
});

describe('the tagger', () => {
  it("ends a club's name after its town letter's bracket", () => {
    const line = 'Sloboda 4 Mladost (BJ) 0';
    const names = tagStory(shippedModel(), [line]).map((name) => line.slice(name.start, name.end));
    expect(names).toContain('Mladost (BJ)');
  });
});
