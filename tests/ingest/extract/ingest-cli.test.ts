import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/news/schema/article';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');

function ingest(args: string[], input?: string) {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'ingest.ts'), ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
  });
  const articles = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Article);
  return { code: run.status, articles, stderr: run.stderr };
}

describe('npm run ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-ingest-'));
  const good = join(dir, 'good.txt');
  const empty = join(dir, 'empty.txt');
  writeFileSync(good, 'Harbour talks resume\nTrade Minister Lena Holm opened the talks in Gdansk on Monday.\n');
  writeFileSync(empty, '  \n');

  it('writes one article per input, with a derived title, and exits 0', () => {
    const { code, articles } = ingest([good, '-'], 'Ferries stopped at Visby after Storm Orla hit.');
    expect(code).toBe(0);
    expect(articles.map((a) => a.title)).toEqual([
      'Harbour talks resume',
      'Ferries stopped at Visby after Storm Orla hit.',
    ]);
    expect(articles[0]?.entities.find((e) => e.name === 'Lena Holm')).toMatchObject({
      type: 'person',
      role: 'Trade Minister',
    });
  }, 30_000);

  it('reports empty and unreadable inputs, exits 1 and still writes the good ones', () => {
    const { code, articles, stderr } = ingest([empty, good, join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    expect(articles).toHaveLength(1);
    expect(stderr).toContain('empty.txt: the input is empty');
    expect(stderr).toContain('missing.txt: cannot be read (ENOENT)');
  }, 30_000);

  it('takes metadata from a corpus header and writes a JSON array with --format json', () => {
    const story = [
      'title: Gdansk port talks resume',
      'source: nordic-wire',
      'date: 2026-11-05T14:20:00+01:00',
      'topics: transport',
      '---',
      'Trade Minister Lena Holm opened the talks in Gdansk on Monday.',
    ].join('\n');
    const run = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'scripts', 'ingest.ts'), '--format', 'json', '-'],
      {
        cwd: ROOT,
        input: story,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    const [article] = JSON.parse(run.stdout) as Article[];
    expect(article).toMatchObject({
      title: 'Gdansk port talks resume',
      source: { id: 'nordic-wire', name: 'Nordic Wire' },
      publishedAt: '2026-11-05T14:20:00+01:00',
      topics: ['transport'],
    });
    expect(article?.entities.map((e) => e.name).sort()).toEqual(['Gdansk', 'Lena Holm']);
  }, 30_000);

  it.skipIf(!existsSync(SEEDS))(
    'finds the people, alliance and places of the scraped seed',
    () => {
      const seed = readdirSync(SEEDS).find((name) => name.endsWith('.txt')) ?? '';
      const { code, articles } = ingest([join(SEEDS, seed)]);
      expect(code).toBe(0);
      const entities = new Map(articles[0]?.entities.map((e) => [e.name, e]));
      expect(entities.get('Minoru Kihara')).toMatchObject({
        type: 'person',
        role: expect.stringContaining('Minister'),
      });
      expect(entities.get('Pal Jonson')).toMatchObject({ type: 'person', role: expect.stringContaining('Minister') });
      // Shown by the acronym readers know it by; the long form is one of its mentions.
      expect(entities.get('NATO')?.type).toBe('organization');
      expect(entities.has('North Atlantic Treaty Organization')).toBe(false);
      expect([...entities.keys()].filter((name) => /NATO|Atlantic/u.test(name))).toEqual(['NATO']);
      const nato = entities.get('NATO')?.mentions ?? [];
      const surfaces = new Set(nato.map((m) => articles[0]?.body[m.paragraph]?.slice(m.start, m.end)));
      expect([...surfaces].sort()).toEqual(['NATO', 'North Atlantic Treaty Organization']);
      for (const place of ['Stockholm', 'Sweden', 'Japan', 'Ukraine']) expect(entities.get(place)?.type).toBe('place');
    },
    30_000,
  );
});
