// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/ingest/build-corpus';
import { parseCorpusFiles } from '../../src/news/corpus-data';
import { corpusDataFiles, DATA_DIR, readCorpusInput } from '../../scripts/corpus-files';

const built = buildCorpus(readCorpusInput());
const read = (file: string) => readFileSync(join(DATA_DIR, file), 'utf8');

describe('the bundled corpus', () => {
  it('public/data is what `npm run corpus` builds from corpus/ (run it if this fails)', () => {
    const stale = 'public/data is stale: run `npm run corpus` and commit the result';
    const files = corpusDataFiles(built.articles, built.entities);
    for (const [path, text] of files) expect(read(path) === text, `${path}: ${stale}`).toBe(true);
    const written = ['stories', 'entities'].flatMap((dir) => readdirSync(join(DATA_DIR, dir)).map((f) => `${dir}/${f}`));
    expect(written.filter((path) => !files.has(path)), `left over: ${stale}`).toEqual([]);
    const images = new Set(readdirSync(join(DATA_DIR, 'images')));
    for (const article of built.articles) if (article.image) expect(images).toContain(article.image.url.replace('images/', ''));
  });

  it('passes its own schemas with nothing dropped', () => {
    const parsed = parseCorpusFiles(JSON.parse(read('articles.json')), JSON.parse(read('entities.json')));
    expect(parsed.dropped).toEqual([]);
    expect(parsed.articles).toHaveLength(built.articles.length);
  });

  it('is big and connected enough to exercise the reader', () => {
    const { articles, entities } = built;
    expect(articles.length).toBeGreaterThanOrEqual(36);
    expect(entities.length).toBeGreaterThanOrEqual(80);
    expect(entities.filter((e) => e.articleCount >= 3).length).toBeGreaterThanOrEqual(15);
    expect(new Set(articles.flatMap((a) => a.topics)).size).toBeGreaterThanOrEqual(6);
    for (const article of articles) expect(article.body.length).toBeGreaterThanOrEqual(3);
    const days = articles.map((a) => Date.parse(a.publishedAt ?? ''));
    expect((Math.max(...days) - Math.min(...days)) / 86_400_000).toBeGreaterThan(20);
  });

  it('every mention slices back to a name or alias of its entity', () => {
    const forms = new Map(built.entities.map((e) => [e.id, new Set([e.name, ...e.aliases])]));
    for (const article of built.articles) {
      for (const entity of article.entities) {
        expect(entity.mentions.length, `${article.id}: ${entity.name}`).toBeGreaterThan(0);
        for (const m of entity.mentions) {
          expect(forms.get(entity.id)).toContain(article.body[m.paragraph]?.slice(m.start, m.end));
        }
      }
    }
  });

  it('keeps scraped noise out of the body and credits on the image', () => {
    const text = built.articles.flatMap((a) => a.body).join('\n');
    expect(text).not.toMatch(/Image Credits|\t| {2}/);
    const lead = built.articles.find((a) => a.id === '2026-11-05-kihara-jonson-stockholm');
    expect(lead?.image?.credit).toBe('Nordic Wire Photo');
    expect(lead?.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Minoru Kihara', 'Pal Jonson', 'Stockholm']));
  });
});
