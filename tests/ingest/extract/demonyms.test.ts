import { describe, expect, it } from 'vitest';
import { articleEntities } from '../../../src/ingest/article-entities';
import { extractEntities } from '../../../src/ingest/extract';
import { stateDemonyms } from '../../../src/ingest/extract/demonyms';
import { shippedModel } from '../../../src/ingest/model/shipped-model';

describe('stateDemonyms', () => {
  it('counts a demonym right before a word for the state', () => {
    const found = stateDemonyms([
      'The Swedish government said Russian forces and Japanese defence ministry staff met US officials.',
      'Finnish armed forces drilled; the Norwegian prime minister watched.',
    ]);
    expect(found).toEqual([
      { demonym: 'Swedish', country: 'Sweden' },
      { demonym: 'Russian', country: 'Russia' },
      { demonym: 'Japanese', country: 'Japan' },
      { demonym: 'Finnish', country: 'Finland' },
      { demonym: 'Norwegian', country: 'Norway' },
    ]);
  });

  it('skips descriptive uses, titles, words merely starting with a state word, and shared demonyms', () => {
    expect(
      stateDemonyms([
        'A Swedish company hired her Russian father.',
        'Swedish Defence Minister Pal Jonson spoke; Russian governmental reform stalled.',
        'Congolese officials and Dominican troops arrived.',
      ]),
    ).toEqual([]);
  });

  it('resolves a demonym shared with territories to the UN member', () => {
    expect(stateDemonyms(['American officials and Dutch troops.'])).toEqual([
      { demonym: 'American', country: 'United States' },
      { demonym: 'Dutch', country: 'Netherlands' },
    ]);
  });
});

describe('demonyms in extraction', () => {
  const slices = (paragraphs: string[], title = '') =>
    new Map(
      articleEntities(paragraphs, title, extractEntities(paragraphs, shippedModel())).map((entity) => [
        entity.name,
        entity.mentions.map((m) => paragraphs[m.paragraph]?.slice(m.start, m.end)),
      ]),
    );

  it('keeps a nationality the model finds as an other entity, mentioned wherever it is used', () => {
    const paragraphs = ['The Swedish government said a Swedish company would build it.', 'Swedish forces agreed.'];
    const entities = extractEntities(paragraphs, shippedModel());
    expect(entities.find((entity) => entity.name === 'Swedish')).toMatchObject({ type: 'other' });
    expect(entities.some((entity) => entity.name === 'Sweden')).toBe(false);
    expect(slices(paragraphs).get('Swedish')).toEqual(['Swedish', 'Swedish', 'Swedish']);
  });

  it('folds a nationality under the country the text names: one row, mentioned wherever it is used', () => {
    const paragraphs = ['Sweden signed the deal.', 'Later a Swedish company and the Swedish navy sailed.'];
    const mentions = slices(paragraphs);
    expect(mentions.get('Sweden')).toEqual(['Sweden', 'Swedish', 'Swedish']);
    expect(mentions.has('Swedish')).toBe(false);
    expect(extractEntities(paragraphs, shippedModel()).find((entity) => entity.name === 'Sweden')).toMatchObject({
      type: 'place',
      nationalities: ['Swedish'],
    });
  });

  it('finds no country where the demonym only describes', () => {
    const mentions = slices(['A Swedish company and her Russian father met Anna Berg in Oslo.']);
    expect(mentions.has('Sweden')).toBe(false);
    expect(mentions.has('Russia')).toBe(false);
  });
});
