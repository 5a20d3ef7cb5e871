import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../../src/ingest/worker/detect-entities';
import { bundledCorpus } from '../../fixtures/reader';
import { shippedModel } from '../../../src/ingest/model/shipped-model';

describe('detectEntities', () => {
  it("finds a story's people in its own text, with mentions that slice back to it, most central first", () => {
    const story = bundledCorpus().articles.find((article) => article.id === '2026-11-05-kihara-jonson-stockholm');
    if (!story) throw new Error('fixture story missing');
    const entities = detectEntities(story.body, story.title, shippedModel());
    const kihara = entities.find((entity) => entity.id === 'minoru-kihara');
    expect(kihara).toMatchObject({ name: 'Minoru Kihara', type: 'person' });
    expect(kihara?.mentions.length).toBeGreaterThan(0);
    for (const entity of entities) {
      for (const m of entity.mentions) {
        const text = story.body[m.paragraph]?.slice(m.start, m.end) ?? '';
        expect(text.length).toBeGreaterThan(0);
      }
    }
    expect(entities[0]?.salience).toBe(1);
    const saliences = entities.map((entity) => entity.salience);
    expect(saliences).toEqual([...saliences].sort((a, b) => b - a));
  });
});
