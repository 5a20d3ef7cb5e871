// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { repairArticle } from '../../../src/news/repair/repair-article';
import { ArticleSchema } from '../../../src/news/schema/article';
import { checkEntityRecord } from '../../../src/news/store/entity-record-validation';
import { reportLines } from '../../../src/news/store/report-lines';
import { checkBatch, checkStory } from '../../../src/news/store/story-validation';
import { brokenStory, MALFORMED_CASES, validStory } from '../../fixtures/hostile/malformed-stories';

const fieldsOf = (result: ReturnType<typeof checkStory>) => result.repairs.map((repair) => repair.field);

describe('the store keeps stories by the reader’s rules', () => {
  it('keeps a valid story as sent, with nothing repaired', () => {
    expect(checkStory(validStory())).toEqual({ ok: true, value: validStory(), repairs: [] });
    expect(checkStory({ ...validStory(), publishedAt: null })).toMatchObject({ ok: true, repairs: [] });
  });

  it.each(MALFORMED_CASES.map((c) => [c.name, c] as const))('%s: the reader’s outcome', (_name, testCase) => {
    const result = checkStory(brokenStory(testCase));
    const reader = repairArticle(brokenStory(testCase));
    if ('refused' in testCase.outcome) {
      expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(testCase.outcome.refused) });
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(reader.article);
    expect(fieldsOf(result)).toContain(testCase.outcome.shown);
    // What the store wrote reads back unchanged: nothing is repaired twice.
    expect(checkStory(result.value)).toEqual({ ok: true, value: result.value, repairs: [] });
  });

  it('names the field of every refusal', () => {
    expect(checkStory({ ...validStory(), id: 'Not An Id' })).toMatchObject({ ok: false, id: null, field: 'id' });
    expect(checkStory({ ...validStory(), title: '', summary: '', body: [] })).toMatchObject({
      ok: false,
      id: 'tavira-bridge',
      field: 'title',
      reason: 'no title and no text',
    });
    expect(checkStory([1, 2])).toMatchObject({ ok: false, field: '', reason: 'a list, not a story' });
  });
});

describe('the store’s own rules: storable text, caps, and stories too big to be news', () => {
  it('keeps markup as text, verbatim and unreported', () => {
    const story = { ...validStory(), title: '<script>alert(1)</script>', summary: '<img src=x onerror=alert(1)>' };
    expect(checkStory(story)).toEqual({ ok: true, value: story, repairs: [] });
  });

  it('replaces control characters and broken surrogates one for one, so every mention stays on its word', () => {
    const story = validStory();
    story.body[1] = `\u0000${story.body[1]!.slice(1, 10)}\ud800${story.body[1]!.slice(11)}`;
    const result = checkStory({ ...story, author: 'Lia\u0007Costa' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.author).toBe('Lia Costa');
    expect(result.value.body[1]).toHaveLength(validStory().body[1]!.length);
    expect(result.value.body[1]!.startsWith(' ngineer')).toBe(true);
    expect(result.value.entities).toEqual(validStory().entities);
    expect(result.repairs).toEqual([
      { field: 'author', reason: 'contains control characters; each replaced by a space' },
      { field: 'body.1', reason: 'contains control characters; each replaced by a space' },
      { field: 'body.1', reason: 'contains a broken character (a lone UTF-16 surrogate); replaced by U+FFFD' },
    ]);
  });

  it('cuts a long title or summary, and leaves out a long author, link, topic or entity', () => {
    const story = {
      ...validStory(),
      title: `${'word '.repeat(300)}end`,
      summary: 's'.repeat(10_001),
      author: 'a'.repeat(501),
      url: `https://coast.example/${'p'.repeat(2_100)}`,
      topics: ['transport', 't'.repeat(201), ...Array.from({ length: 60 }, (_, i) => `topic ${i}`)],
      entities: [
        ...validStory().entities,
        { id: 'long', name: 'n'.repeat(501), type: 'other', salience: 0, mentions: [] },
      ],
    };
    const result = checkStory(story);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title.length).toBeLessThanOrEqual(1_000);
    expect(result.value.title.endsWith('word…')).toBe(true);
    expect(result.value.summary).toHaveLength(10_000);
    expect(result.value).not.toHaveProperty('author');
    expect(result.value).not.toHaveProperty('url');
    expect(result.value.topics).toHaveLength(50);
    expect(result.value.topics[1]).toBe('topic 0');
    expect(result.value.entities.map((entity) => entity.id)).toEqual(['rui-matos', 'tavira']);
    expect(fieldsOf(result)).toEqual(['author', 'url', 'title', 'summary', 'topics.1', 'topics', 'entities.2.name']);
    expect(v.is(ArticleSchema, result.value)).toBe(true);
  });

  it('refuses a story too big to be news, naming the limit', () => {
    const big = (body: string[]) => checkStory({ ...validStory(), body, entities: [] });
    expect(big(['x'.repeat(200_001)])).toMatchObject({ ok: false, field: 'body.0', reason: /longer than 200,000/ });
    expect(big(Array.from({ length: 10_001 }, () => 'x'))).toMatchObject({
      field: 'body',
      reason: /10,000 paragraphs/,
    });
    const mentions = Array.from({ length: 100_001 }, () => ({ paragraph: 0, start: 0, end: 3 }));
    const crowded = { ...validStory(), entities: [{ ...validStory().entities[1]!, mentions }] };
    expect(checkStory(crowded)).toMatchObject({ ok: false, field: 'entities', reason: /100,000 mentions/ });
  });

  it('survives a hostile nesting without reading it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(checkStory({ ...validStory(), author: deep })).toMatchObject({ ok: true, repairs: [{ field: 'author' }] });
  });

  it('reports one line per repaired or refused story, and the last version given wins', () => {
    const batch = checkBatch(
      [{ ...validStory(), url: 'javascript:x' }, validStory(), { ...validStory(), id: 'x y' }],
      checkStory,
    );
    expect([...batch.accepted.keys()]).toEqual(['tavira-bridge']);
    expect(batch.repaired).toEqual([]);
    expect(reportLines(batch)).toEqual(['refused a story: id no usable id (a-z, 0-9, -)']);
    const repaired = checkBatch([{ ...validStory(), url: 'javascript:x', publishedAt: '2026-04-03' }], checkStory);
    expect(reportLines(repaired)).toEqual([
      "repaired 'tavira-bridge': url not an http(s) URL; left out; publishedAt read as 2026-04-03T00:00:00Z",
    ]);
  });
});

describe('curated entity records, by the same rules', () => {
  it('keeps markup as text, leaves out a bad alias, cuts a long description', () => {
    const result = checkEntityRecord({
      id: 'nato',
      aliases: ['<b>NATO</b>', '', 'x'.repeat(501), ' OTAN '],
      description: 'd'.repeat(5_001),
    });
    expect(result).toMatchObject({ ok: true, value: { id: 'nato', aliases: ['<b>NATO</b>', 'OTAN'] } });
    expect(result.ok && result.value.description?.length).toBe(5_000);
    expect(result.repairs.map((repair) => repair.field)).toEqual(['aliases.1', 'aliases.2', 'description']);
  });

  it('refuses a record without an id, or whose aliases are not a list (it would clear them)', () => {
    expect(checkEntityRecord({ aliases: [] })).toMatchObject({ ok: false, field: 'id' });
    expect(checkEntityRecord({ id: 'nato', aliases: 'NATO' })).toMatchObject({ ok: false, field: 'aliases' });
  });
});
