// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../../src/store/driver/driver';
import { openPgliteDriver } from '../../src/store/driver/pglite-driver';
import { loadMigrations, migrate } from '../../src/store/migrate';
import { createSqlStore } from '../../src/store/sql-store';
import { articleRow, articleTextRow, sourceRow } from '../../src/store/story-rows';
import { storyHaystack } from '../../src/news/engine/haystack';
import type { Article } from '../../src/news/schema/article';
import { contractStory } from './contract-stories';

const migrations = loadMigrations();
const story = contractStory('migrated-story', {
  // A no-break space is whitespace to JavaScript but not a word break for the vocabulary:
  // search must still find either half, and the words on both sides of a tab.
  body: ['Kalo\u00a0Renmi spoke.\tLater the Sjöberg trial began.'],
  entities: [],
}) as unknown as Article;

/** A story written as version 004 wrote it: a haystack, no word ids. */
async function writeAsVersion4(driver: SqlDriver): Promise<void> {
  const row = articleRow(story);
  const source = sourceRow(story);
  const text = articleTextRow(story);
  await driver.query('INSERT INTO sources (id, name) VALUES ($1, $2)', [source.id, source.name]);
  await driver.query(
    'INSERT INTO articles (id, source_id, published_ms, topics_folded, entity_ids) VALUES ($1, $2, $3, $4, $5)',
    [row.id, row.source_id, row.published_ms, row.topics_folded, row.entity_ids],
  );
  await driver.query('INSERT INTO article_texts (id, summary, doc) VALUES ($1, $2, $3)', [
    text.id,
    JSON.stringify(text.summary),
    JSON.stringify(text.doc),
  ]);
  await driver.query('INSERT INTO article_search (id, haystack) VALUES ($1, $2)', [story.id, storyHaystack(story)]);
}

describe('migration 005 moves stored haystacks into the search vocabulary', () => {
  let driver: SqlDriver;
  beforeAll(async () => {
    driver = await openPgliteDriver();
    await migrate(driver, migrations.slice(0, 4));
    await writeAsVersion4(driver);
    await migrate(driver, migrations);
  }, 60_000);
  afterAll(() => driver.close());

  it('finds the story by any part of any word, as before', async () => {
    const store = createSqlStore(driver, migrations.length);
    const ids = async (q: string) => (await store.listArticles({ q })).items.map((item) => item.id);
    for (const q of ['kalo', 'renmi', 'LATER', 'sjoberg trial', 'oke', 'linkoping']) {
      expect(await ids(q), q).toEqual(['migrated-story']);
    }
    expect(await ids('kalo-renmi')).toEqual([]);
    expect(await store.verify()).toEqual([]);
  });
});
