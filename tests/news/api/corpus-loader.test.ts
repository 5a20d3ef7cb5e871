// @vitest-environment node
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCorpusLoader } from '../../../src/news/api/corpus-loader';
import { ARTICLES_FILE, ENTITIES_FILE } from '../../../src/news/corpus-data';
import type { Article } from '../../../src/news/schema/article';
import { fixtureArticles, fixtureEntities } from './fixture-corpus';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lede-corpus-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

let tick = 1_800_000_000;
/** Each write gets a distinct, later mtime, so the test never depends on the clock's resolution. */
async function writeCorpus(
  articles: unknown[] = fixtureArticles(),
  entities: unknown = { entities: fixtureEntities() },
) {
  await writeFile(join(dir, ARTICLES_FILE), JSON.stringify({ articles }));
  await writeFile(join(dir, ENTITIES_FILE), typeof entities === 'string' ? entities : JSON.stringify(entities));
  tick += 10;
  await utimes(join(dir, ARTICLES_FILE), tick, tick);
  await utimes(join(dir, ENTITIES_FILE), tick, tick);
}

describe('createCorpusLoader', () => {
  it('says the corpus is missing and how to build it', async () => {
    const load = createCorpusLoader({ dir });
    await expect(load()).rejects.toMatchObject({
      kind: 'config',
      message: expect.stringMatching(/articles\.json does not exist\. Run `npm run corpus`.*LEDE_CORPUS_DIR/),
    });
  });

  it('uses the hint it is given, so preview can say to build', async () => {
    const load = createCorpusLoader({ dir, missingHint: 'Run `npm run build`.' });
    await expect(load()).rejects.toThrow(/does not exist\. Run `npm run build`\.$/);
  });

  it('indexes once while the files are unchanged', async () => {
    await writeCorpus();
    const load = createCorpusLoader({ dir });
    const first = await load();
    expect(first.size).toBe(7);
    expect(await load()).toBe(first);
  });

  it('reloads when the files change', async () => {
    await writeCorpus();
    const load = createCorpusLoader({ dir });
    expect((await load()).size).toBe(7);
    const fewer = fixtureArticles().slice(0, 2);
    await writeCorpus(fewer, { entities: fixtureEntities(fewer) });
    expect((await load()).size).toBe(2);
  });

  it('reports a half-written file and recovers once it is whole', async () => {
    await writeCorpus(fixtureArticles(), '{"entities": [');
    const load = createCorpusLoader({ dir });
    await expect(load()).rejects.toMatchObject({
      kind: 'invalid-data',
      message: expect.stringMatching(/entities\.json is not valid JSON .*rebuild it with `npm run corpus`/),
    });
    await writeCorpus();
    expect((await load()).size).toBe(7);
  });

  it('leaves out a broken story and says which', async () => {
    const broken = { ...fixtureArticles()[0], id: 'broken', publishedAt: 'last tuesday' } as unknown as Article;
    await writeCorpus([...fixtureArticles(), broken]);
    const warnings: string[] = [];
    const index = await createCorpusLoader({ dir, warn: (message) => warnings.push(message) })();
    expect(index.size).toBe(7);
    expect(warnings).toEqual([expect.stringMatching(/^Lede API left out article 'broken': publishedAt/)]);
  });
});
