import type { Article, ArticleSummary } from '../../src/news/schema/article';
import type { Entity, EntitySummary } from '../../src/news/schema/entity';

const BODY = [
  'Mayor Ana Kihara opened the new tram line in Osaka on Monday.',
  'Kihara said the line would be free for a week.',
];

/** A story that satisfies ArticleSchema: every mention slices real text inside its paragraph. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const first = BODY[0]!;
  const start = first.indexOf('Ana Kihara');
  const osaka = first.indexOf('Osaka');
  return {
    id: 'tram-opening',
    title: 'Osaka opens a new tram line',
    summary: 'The mayor cut the ribbon on Monday.',
    source: { id: 'daily', name: 'The Daily', url: 'https://daily.example/' },
    publishedAt: '2025-03-03T09:30:00+09:00',
    topics: ['transport'],
    readingMinutes: 2,
    body: [...BODY],
    entities: [
      {
        id: 'ana-kihara',
        name: 'Ana Kihara',
        type: 'person',
        role: 'Mayor',
        salience: 0.9,
        mentions: [
          { paragraph: 0, start, end: start + 'Ana Kihara'.length },
          { paragraph: 1, start: 0, end: 'Kihara'.length },
        ],
      },
      {
        id: 'osaka',
        name: 'Osaka',
        type: 'place',
        salience: 0.5,
        mentions: [{ paragraph: 0, start: osaka, end: osaka + 5 }],
      },
    ],
    ...overrides,
  };
}

export function makeSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  const { body: _body, entities, ...fields } = makeArticle();
  return {
    ...fields,
    entities: entities.map(({ mentions, ...entity }) => ({ ...entity, mentionCount: mentions.length })),
    ...overrides,
  };
}

export function makeEntity(overrides: Partial<Entity> = {}): Entity {
  return {
    id: 'ana-kihara',
    name: 'Ana Kihara',
    type: 'person',
    aliases: ['Kihara'],
    role: 'Mayor',
    articleCount: 4,
    firstSeen: '2025-01-10T08:00:00Z',
    lastSeen: '2025-03-03T09:30:00+09:00',
    related: [{ id: 'osaka', name: 'Osaka', type: 'place', count: 3 }],
    ...overrides,
  };
}

export function makeEntitySummary(overrides: Partial<EntitySummary> = {}): EntitySummary {
  return { id: 'ana-kihara', name: 'Ana Kihara', type: 'person', count: 2, articleCount: 4, ...overrides };
}
