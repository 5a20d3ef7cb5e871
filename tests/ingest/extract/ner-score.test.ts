import { describe, expect, it } from 'vitest';
import { figuresOf, scoreStory } from '../../../src/ingest/extract/ner-score';

describe('scoreStory', () => {
  const gold = [
    { name: 'Baltic Fisheries Council', type: 'organization' as const, aliases: ['BFC'] },
    { name: 'Pål Lind', type: 'person' as const, aliases: [] },
    { name: 'Riga', type: 'place' as const, aliases: [] },
  ];

  it('matches by normalized name or a shared form, one to one, and counts type agreement', () => {
    const score = scoreStory(gold, [
      { name: 'BFC', type: 'organization', aliases: [] },
      { name: 'Pal Lind', type: 'other', aliases: [] },
      { name: 'Monday', type: 'other', aliases: [] },
    ]);
    expect(score).toMatchObject({ matched: 2, typeCorrect: 1 });
    expect(score.missed.map((g) => g.name)).toEqual(['Riga']);
    expect(score.spurious.map((p) => p.name)).toEqual(['Monday']);
    expect(figuresOf([score])).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, typeAccuracy: 0.5 });
  });
});
