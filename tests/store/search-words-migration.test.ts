// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { foldText } from '../../src/news/engine/fold';
import { storyWords } from '../../src/news/engine/story-words';
import type { Article } from '../../src/news/schema/article';
import type { SqlDriver } from '../../src/store/driver/driver';
import { openPgliteDriver } from '../../src/store/driver/pglite-driver';
import { openPostgresDriver } from '../../src/store/driver/postgres-driver';
import { loadMigrations, migrate } from '../../src/store/migrate';
import { contractCorpus } from './contract-corpus';
import { postgresTarget } from './postgres-target';

const migrations = loadMigrations();
const WORDS = migrations.findIndex((migration) => migration.name === 'search-words');
const { articles } = contractCorpus();

/** What stores wrote to article_search before migration 005: the story's whole folded text. */
function oldHaystack(article: Article): string {
  return foldText([article.title, article.summary, ...article.body, ...article.entities.map((e) => e.name)].join('\n'));
}

/** Every space JavaScript's \s knows, and characters near them it does not (NEL, zero-width space). */
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const ODD_TEXTS = [
  '',
  '   ',
  ` lead${SPACES}trail `,
  [...SPACES].map((space, i) => `w${i % 3}${space}`).join(''),
  'nel\u0085kept zero\u200bwidth mongolian\u180evowel a  b a\n\nb',
  'ärger ärger Ärger',
];

function jsWords(text: string): string {
  return [...new Set(text.split(/\s+/u).filter(Boolean))].join(' ');
}

/** A database at schema 004 holding old haystacks, migrated to the newest: its words are JavaScript's. */
async function checkMigration(driver: SqlDriver) {
  await migrate(driver, migrations.slice(0, WORDS));
  await driver.query("INSERT INTO sources (id, name) VALUES ('s', 'S')");
  const rows = [
    ...articles.map((article) => ({ id: article.id, haystack: oldHaystack(article) })),
    ...ODD_TEXTS.map((text, i) => ({ id: `odd-${i}`, haystack: text })),
  ];
  await driver.query(
    `INSERT INTO articles (id, source_id, published_ms, topics_folded, entity_ids)
     SELECT r.id, 's', 0, '{}', '{}' FROM json_to_recordset($1::json) AS r(id text)`,
    [JSON.stringify(rows)],
  );
  await driver.query(
    'INSERT INTO article_search (id, haystack) SELECT * FROM json_to_recordset($1::json) AS r(id text, haystack text)',
    [JSON.stringify(rows)],
  );
  expect(await migrate(driver, migrations)).toMatchObject({ applied: [WORDS + 1] });

  const stored = new Map(
    (await driver.query<{ id: string; words: string }>('SELECT id, words FROM article_search')).map((row) => [
      row.id,
      row.words,
    ]),
  );
  for (const article of articles)
    expect({ id: article.id, words: stored.get(article.id) }).toEqual({ id: article.id, words: storyWords(article) });
  ODD_TEXTS.forEach((text, i) =>
    expect({ text, words: stored.get(`odd-${i}`) }).toEqual({ text, words: jsWords(text) }),
  );
}

describe('migration 005 (search words)', { timeout: 60_000 }, () => {
  const drivers: SqlDriver[] = [];
  afterAll(async () => {
    await Promise.all(drivers.map((driver) => driver.close()));
  });

  it('is the migration after 004', () => {
    expect(WORDS).toBe(4);
  });

  it('rewrites old haystacks on PGlite into the words the write path writes', async () => {
    const driver = await openPgliteDriver();
    drivers.push(driver);
    await checkMigration(driver);
  });

  const target = postgresTarget();
  it.skipIf(!target)('does the same on PostgreSQL (DATABASE_URL)', async () => {
    if (!target) return;
    const { databaseUrl, schema, dropSchema } = await target.freshSchema('words');
    const driver = await openPostgresDriver({ databaseUrl, schema });
    try {
      await checkMigration(driver);
    } finally {
      await driver.close();
      await dropSchema();
    }
  });
});
