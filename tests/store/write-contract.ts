import { join } from 'node:path';
import { expect, it } from 'vitest';
import { isNewsError } from '../../src/news/errors';
import type { NewsStore } from '../../src/news/store/news-store';
import { seedFromCorpusDir } from '../../src/store/seed';
import { contractStory, OTHER_ENTITY, REFUSED_STORIES, REPAIRED_STORIES } from './contract-stories';

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return isNewsError(error) ? error.status : undefined;
  }
}

/** Writes: run last in the contract, each test putting the store back as it found it. */
export function describeWriteContract(store: () => NewsStore) {
  it('seeds the bundled corpus once only (its stories are already there: nothing changes)', async () => {
    const before = await store().listArticles({});
    const dir = join(import.meta.dirname, '..', '..', 'public', 'data');
    const first = await seedFromCorpusDir(store(), dir);
    expect(first).toMatchObject({ seeded: true, repaired: [], refused: [] });
    expect(first.written).toHaveLength(40);
    expect(await seedFromCorpusDir(store(), dir)).toEqual({ seeded: false, written: [], repaired: [], refused: [] });
    expect(await store().listArticles({})).toEqual(before);
  });

  it('writes the same story twice as one story', async () => {
    const before = await store().listArticles({ limit: 1 });
    const story = contractStory('contract-twice');
    const once = { written: ['contract-twice'], repaired: [], refused: [] };
    expect(await store().upsertArticles([story, story])).toEqual(once);
    expect(await store().upsertArticles([story])).toEqual(once);
    expect((await store().listArticles({ q: 'contract-twice' })).total).toBe(1);
    expect((await store().getEntity('contract-alpha')).articleCount).toBe(1);
    expect((await store().listArticles({ limit: 1 })).total).toBe(before.total + 1);
    expect(await store().deleteArticle('contract-twice')).toBe(true);
    expect(await store().deleteArticle('contract-twice')).toBe(false);
    expect(await statusOf(store().getEntity('contract-alpha'))).toBe(404);
  });

  it('replaces a corrected story whole, with its entities and mentions', async () => {
    const swedenBefore = await store().getEntity('sweden');
    await store().upsertArticles([
      contractStory('contract-fix', {
        entities: [
          ...contractStory('x').entities,
          { id: 'sweden', name: 'Sweden', type: 'place', salience: 0.2, mentions: [] },
        ],
      }),
    ]);
    expect((await store().getEntity('sweden')).articleCount).toBe(swedenBefore.articleCount + 1);
    const corrected = contractStory('contract-fix', {
      title: 'Gamma Council answers (corrected)',
      entities: [OTHER_ENTITY],
    });
    expect((await store().upsertArticles([corrected])).written).toEqual(['contract-fix']);

    const article = await store().getArticle('contract-fix');
    expect(article.title).toBe('Gamma Council answers (corrected)');
    expect(article.entities).toEqual([OTHER_ENTITY]);
    expect(await statusOf(store().getEntity('contract-alpha'))).toBe(404);
    expect(await store().getEntity('sweden')).toEqual(swedenBefore);
    expect(await store().getEntity('contract-gamma')).toMatchObject({
      name: 'Gamma Council',
      role: 'the council',
      articleCount: 1,
      firstSeen: '2027-01-01T10:00:00+00:00',
    });
    expect((await store().listArticles({ q: 'corrected' })).items.map((item) => item.id)).toEqual(['contract-fix']);
    expect((await store().listArticles({ entities: ['contract-alpha'] })).total).toBe(0);
    expect((await store().listEntities({ topic: 'testing' })).items.map((item) => item.id)).toEqual(['contract-gamma']);
    await store().deleteArticle('contract-fix');
    expect(await store().getEntity('sweden')).toEqual(swedenBefore);
  });

  it('keeps a cursor valid when newer stories arrive and when its own story goes', async () => {
    const first = await store().listArticles({ limit: 5 });
    const second = await store().listArticles({ limit: 5, cursor: first.nextCursor ?? '' });
    await store().upsertArticles([contractStory('contract-newest', { publishedAt: '2030-01-01T00:00:00Z' })]);
    const later = await store().listArticles({ limit: 5, cursor: first.nextCursor ?? '' });
    expect({ items: later.items, nextCursor: later.nextCursor, total: later.total - 1 }).toEqual(second);
    expect((await store().listArticles({ limit: 1 })).items[0]?.id).toBe('contract-newest');
    const lastOfFirst = first.items.at(-1)?.id ?? '';
    const stored = await store().getArticle(lastOfFirst);
    await store().deleteArticle(lastOfFirst);
    expect((await store().listArticles({ limit: 5, cursor: first.nextCursor ?? '' })).items).toEqual(second.items);
    await store().upsertArticles([stored]);
    await store().deleteArticle('contract-newest');
    expect(await store().listArticles({ limit: 5 })).toEqual(first);
  });

  it('repairs broken and hostile stories field by field, refuses the unreadable and the enormous, half-stores none', async () => {
    const good = contractStory('contract-good');
    const sent = [...REPAIRED_STORIES.map(([story]) => story), good, ...REFUSED_STORIES.map(([story]) => story)];
    const report = await store().upsertArticles(sent);
    expect(report.written).toEqual([...REPAIRED_STORIES.map(([story]) => story.id), 'contract-good']);
    for (const [story, field, stored] of REPAIRED_STORIES) {
      const id = String(story.id);
      const repairs = report.repaired.find((item) => item.id === id)?.repairs ?? [];
      if (field.source === '^$') expect(repairs, id).toEqual([]);
      else
        expect(
          repairs.map((repair) => repair.field),
          id,
        ).toContainEqual(expect.stringMatching(field));
      expect(await store().getArticle(id), id).toEqual({ ...story, ...stored });
    }
    expect(report.repaired.map((item) => item.id)).not.toContain('contract-good');
    expect(report.refused).toEqual(
      REFUSED_STORIES.map(([story, field, reason]) => ({
        id: story && typeof story === 'object' && 'id' in story && story.id !== 'Bad Id' ? story.id : null,
        field,
        reason: expect.stringMatching(reason),
      })),
    );
    for (const [story] of REFUSED_STORIES) {
      const id = story && typeof story === 'object' && 'id' in story ? String(story.id) : '';
      if (/^[a-z]/.test(id)) expect(await statusOf(store().getArticle(id)), id).toBe(404);
    }
    for (const id of [...report.written]) await store().deleteArticle(id);
  });

  it('takes curated aliases and descriptions, searched with the entity names', async () => {
    await store().upsertArticles([contractStory('contract-alias', { entities: [OTHER_ENTITY] })]);
    const report = await store().upsertEntities([
      { id: 'contract-gamma', aliases: ['Städtrat'], description: 'A council in a test.' },
      { id: 'contract-bad', aliases: ['<i>x</i>', 42] },
      { id: 'contract-worse', aliases: 'not a list' },
    ]);
    expect(report.written).toEqual(['contract-gamma', 'contract-bad']);
    // Markup is only text; a name that is not text costs only itself.
    expect(report.repaired).toEqual([
      { id: 'contract-bad', repairs: [{ field: 'aliases.1', reason: 'not a name; left out' }] },
    ]);
    expect(report.refused).toEqual([{ id: 'contract-worse', field: 'aliases', reason: 'must be a list of names' }]);
    expect(await store().getEntity('contract-gamma')).toMatchObject({
      aliases: ['Städtrat'],
      description: 'A council in a test.',
    });
    expect((await store().listEntities({ q: 'STADTRAT' })).items.map((item) => item.id)).toEqual(['contract-gamma']);
    await store().deleteArticle('contract-alias');
    expect((await store().listEntities({ q: 'stadtrat' })).items).toEqual([]);
  });
}
