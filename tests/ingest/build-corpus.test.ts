// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusInput } from '../../src/ingest/build-corpus';

const curated = [
  'title: Sweden and Japan agree to deepen defence ties',
  'source: nordic-wire',
  'date: 2026-11-05T14:20:00+01:00',
  'topics: defence',
  'entity: Pål Jonson | person | Jonson | Swedish Defence Minister',
  'entity: Stockholm | place',
  '---',
  'Pål Jonson met his Japanese counterpart in Stockholm on Wednesday.',
  '',
  'Jonson said the talks would continue next year.',
].join('\n');

const uncurated = [
  'title: Harbour talks resume in Gdansk',
  'source: nordic-wire',
  'date: 2026-11-06T09:00:00+01:00',
  'topics: transport',
  '---',
  'Trade Minister Lena Holm opened the harbour talks in Gdansk on Monday.',
  '',
  'Holm said Pal Jonson would join the next round in Stockholm.',
  '',
  'Image Credits: Nordic Wire Photo',
].join('\n');

const input: CorpusInput = {
  stories: [
    { fileName: '2026-11-05-curated.txt', text: curated },
    { fileName: '2026-11-06-uncurated.txt', text: uncurated },
  ],
  sources: { 'nordic-wire': { name: 'Nordic Wire' } },
};

describe('buildCorpus', () => {
  const built = buildCorpus(input);
  const article = (id: string) => built.articles.find((a) => a.id === id);

  it('extracts entities only for the story whose header has no entity lines, and says which', () => {
    expect(built.extracted).toEqual(['2026-11-06-uncurated']);
    expect(
      article('2026-11-05-curated')
        ?.entities.map((e) => e.name)
        .sort(),
    ).toEqual(['Pål Jonson', 'Stockholm']);
    expect(article('2026-11-06-uncurated')?.entities.find((e) => e.name === 'Lena Holm')).toMatchObject({
      type: 'person',
      role: 'Trade Minister',
    });
  });

  it('gives an extracted entity the curated name and type when the ids match, keeping its spelling as an alias', () => {
    const jonson = built.entities.find((e) => e.id === 'pal-jonson');
    expect(jonson).toMatchObject({ name: 'Pål Jonson', type: 'person', articleCount: 2 });
    expect(jonson?.aliases).toEqual(expect.arrayContaining(['Jonson', 'Pal Jonson']));
    expect(built.entities.find((e) => e.id === 'stockholm')).toMatchObject({ type: 'place', articleCount: 2 });
  });

  it('finds every mention of an extracted entity in the cleaned body', () => {
    const story = article('2026-11-06-uncurated');
    expect(story?.body.join('\n')).not.toContain('Image Credits');
    const forms = new Map(built.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    for (const entity of story?.entities ?? []) {
      expect(entity.mentions.length, entity.name).toBeGreaterThan(0);
      for (const m of entity.mentions) {
        expect(forms.get(entity.id)).toContain(story?.body[m.paragraph]?.slice(m.start, m.end));
      }
    }
  });

  it('reports nothing as extracted when every story is curated', () => {
    expect(buildCorpus({ ...input, stories: input.stories.slice(0, 1) }).extracted).toEqual([]);
  });
});
