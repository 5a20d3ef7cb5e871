// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generateSyntheticCorpus } from '../../scripts/synthetic/generate';
import { parseCorpusFiles } from '../../src/news/corpus-data';
import { createCorpusIndex } from '../../src/news/engine/corpus-index';

describe('generateSyntheticCorpus', () => {
  const corpus = generateSyntheticCorpus(500, 1);

  it('is deterministic for a seed and different for another', () => {
    expect(generateSyntheticCorpus(500, 1)).toEqual(corpus);
    expect(generateSyntheticCorpus(500, 2).articles[0]).not.toEqual(corpus.articles[0]);
  });

  it('passes the contract, so it can stand in for the real corpus', () => {
    const parsed = parseCorpusFiles({ articles: corpus.articles }, { entities: corpus.entities });
    expect(parsed.dropped).toEqual([]);
    expect(parsed.articles).toHaveLength(500);
  });

  it('pages through every story exactly once with the shared engine', () => {
    const index = createCorpusIndex(corpus.articles, corpus.entities);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = index.listArticles({ cursor, limit: 37 });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(500);
    expect(new Set(seen).size).toBe(500);
  });
});
