// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { repairArticle, repairArticleSummary } from '../../../src/news/repair/repair-article';
import { ArticleSchema, ArticleSummarySchema } from '../../../src/news/schema/article';
import { brokenStory, MALFORMED_CASES, validStory } from '../../fixtures/hostile/malformed-stories';

describe('repairArticle: one bad field never costs the story', () => {
  it('passes a valid story through untouched, with no repairs', () => {
    expect(repairArticle(validStory())).toEqual({ article: validStory(), repairs: [] });
  });

  it.each(MALFORMED_CASES.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const result = repairArticle(brokenStory(testCase));
    if ('refused' in testCase.outcome) {
      expect(result.article).toBeNull();
      expect(result.refusal).toMatch(testCase.outcome.refused);
      return;
    }
    expect(result.refusal).toBeUndefined();
    expect(v.is(ArticleSchema, result.article)).toBe(true);
    expect(result.repairs.map((r) => r.field)).toContain(testCase.outcome.shown);
  });

  it('keeps what each repair leaves: the field read leniently, the rest of the story as sent', () => {
    const repaired = (name: string) => {
      const testCase = MALFORMED_CASES.find((c) => c.name === name)!;
      return repairArticle(brokenStory(testCase)).article!;
    };
    expect(repaired('a missing summary').summary).toBe(validStory().body[0]);
    expect(repaired('an unknown entity type').entities[0]!.type).toBe('other');
    expect(repaired('a javascript: image').image).toBeUndefined();
    expect(repaired('a javascript: image').title).toBe(validStory().title);
    expect(repaired('an author given as a list').author).toBe('Lia Costa, Rui Matos');
    expect(repaired('a mention past its paragraph').entities[0]).toMatchObject({ name: 'Rui Matos', mentions: [] });
    expect(repaired('an entity without an id').entities.map((e) => e.id)).toEqual(['tavira']);
    expect(repaired('an RFC 2822 date').publishedAt).toBe('2026-04-03T10:15:00+01:00');
    expect(repaired('a date without a zone').publishedAt).toBe('2026-04-03T10:15:00Z');
    expect(repaired('a date only').publishedAt).toBe('2026-04-03T00:00:00Z');
    expect(repaired('epoch seconds').publishedAt).toBe('2026-04-03T09:15:00.000Z');
    expect(repaired('epoch milliseconds').publishedAt).toBe('2026-04-03T09:15:00.000Z');
    expect(repaired('a leap second').publishedAt).toBe('2016-12-31T23:59:59Z');
    expect(repaired('an unreadable date').publishedAt).toBeNull();
    expect(repaired('a whitespace title with text').title).toBe(validStory().body[0]);
    expect(repaired('a source given by name').source).toEqual({ id: 'coast-news', name: 'Coast News' });
    expect(repaired('salience above 1').entities[0]!.salience).toBe(1);
  });

  it('moves mentions with their paragraph when a paragraph before them is left out', () => {
    const testCase = MALFORMED_CASES.find((c) => c.name === 'a paragraph that is not text')!;
    const story = brokenStory(testCase) as { entities: { mentions: { paragraph: number }[] }[] };
    story.entities[0]!.mentions[0]!.paragraph = 2;
    const article = repairArticle(story).article!;
    expect(article.body).toEqual(validStory().body);
    expect(article.entities[0]!.mentions).toEqual(validStory().entities[0]!.mentions);
  });

  it('never reads a repairs list the backend sent', () => {
    const result = repairArticle({ ...validStory(), repairs: [{ field: 'x', reason: 'forged' }] });
    expect(result.article).not.toHaveProperty('repairs');
  });
});

describe('repairArticleSummary: the same rules for a story in a list', () => {
  const summary = () => {
    const { body: _body, entities, ...fields } = validStory();
    return { ...fields, entities: entities.map(({ mentions, ...e }) => ({ ...e, mentionCount: mentions.length })) };
  };

  it('passes a valid summary untouched', () => {
    expect(repairArticleSummary(summary())).toEqual({ article: summary(), repairs: [] });
  });

  it('takes a missing title from the summary and refuses only when both are gone', () => {
    const titled = repairArticleSummary({ ...summary(), title: '   ' });
    expect(titled.article?.title).toBe('Two years of repairs end.');
    expect(v.is(ArticleSummarySchema, titled.article)).toBe(true);
    expect(repairArticleSummary({ ...summary(), title: '', summary: ' ' })).toMatchObject({
      article: null,
      refusal: 'no title and no text',
    });
  });

  it('reads an entity type and a mention count leniently', () => {
    const story = summary();
    story.entities[0] = { ...story.entities[0]!, type: 'ORG' as never, mentionCount: -3 };
    const result = repairArticleSummary(story);
    expect(result.article?.entities[0]).toMatchObject({ type: 'organization', mentionCount: 0 });
    expect(result.repairs.map((r) => r.field)).toEqual(['entities.0.type', 'entities.0.mentionCount']);
  });
});
