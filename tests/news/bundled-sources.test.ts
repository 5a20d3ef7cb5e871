// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { bundledSources } from '../../src/news/engine/bundled-sources';
import { createCorpusIndex } from '../../src/news/engine/corpus-index';
import { SourceRecordSchema } from '../../src/news/schema/source-record';
import { bundledCorpus } from '../fixtures/reader';
import { makeArticle } from './http-fixtures';

describe('bundled sources', () => {
  it('lists each publisher once, by name, counting its stories, marked bundled with no feed', () => {
    const sources = bundledSources([
      makeArticle({ id: 'a', source: { id: 'zeta', name: 'Zeta Times' } }),
      makeArticle({ id: 'b', source: { id: 'alpha', name: 'alpha post', url: 'https://alpha.example/' } }),
      makeArticle({ id: 'c', source: { id: 'zeta', name: 'Zeta Times' } }),
    ]);
    expect(sources.map((s) => [s.id, s.health.itemsSeen])).toEqual([
      ['alpha', 1],
      ['zeta', 2],
    ]);
    expect(sources[0]).toMatchObject({ url: null, siteUrl: 'https://alpha.example/', status: 'bundled' });
    for (const source of sources) expect(v.is(SourceRecordSchema, source)).toBe(true);
  });

  it('covers every story of the real corpus through the corpus index', () => {
    const { articles, entities } = bundledCorpus();
    const listed = createCorpusIndex(articles, entities).listSources();
    expect(listed.reduce((sum, s) => sum + s.health.itemsSeen, 0)).toBe(articles.length);
    expect(new Set(listed.map((s) => s.id))).toEqual(new Set(articles.map((a) => a.source.id)));
  });
});
