import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/ingest/clean';
import { shippedModel } from '../../../src/ingest/model/shipped-model';
import { detectEntities } from '../../../src/ingest/worker/detect-entities';
import { BAD_INPUTS } from './bad-inputs';

describe('extraction on bad input, in Node', () => {
  for (const [label, raw] of Object.entries(BAD_INPUTS)) {
    it(`answers for ${label}, every mention slicing back to the text`, { timeout: 60_000 }, () => {
      const { paragraphs } = cleanText(raw);
      const entities = detectEntities(paragraphs, 'A title', shippedModel());
      for (const entity of entities) {
        expect(entity.mentions.length).toBeGreaterThan(0);
        for (const m of entity.mentions)
          expect(paragraphs[m.paragraph]?.slice(m.start, m.end).length).toBeGreaterThan(0);
      }
      if (label === 'a 1 MB paragraph') expect(entities.map((entity) => entity.name)).toContain('Anna Berg');
    });
  }

  it('answers for paragraphs given raw, control characters and all', () => {
    const entities = detectEntities(
      ['Anna\u0000 Berg\u0007 met \u001b[31mNATO\u0008 in Oslo\u200b.', ''],
      '',
      shippedModel(),
    );
    expect(Array.isArray(entities)).toBe(true);
  });
});
