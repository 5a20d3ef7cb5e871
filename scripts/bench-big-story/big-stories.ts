import type { Article, ArticleEntity, ArticleSummary } from '../../src/news/schema/article';
import type { Entity, EntityType } from '../../src/news/schema/entity';

/**
 * The oversized stories a hostile or careless backend can send, built deterministically so runs
 * compare: ten thousand entities, one entity with ten thousand mentions, and a 1 MB paragraph.
 * Shared by the benchmark (which times them) and the e2e spec (which bounds the DOM they make).
 */

export const SENTINEL = 'End of the oversized story.';

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];
const FILLER = 'The committee met again on Tuesday and said little that it had not said before';

export interface BigStory {
  name: string;
  /** What the story stresses, for the printed table. */
  what: string;
  article: Article;
}

function base(id: string, title: string, body: string[], entities: ArticleEntity[]): Article {
  return {
    id,
    title,
    summary: `${title}: a story built to measure how Lede copes with its size.`,
    source: { id: 'bench-wire', name: 'Bench Wire' },
    publishedAt: '2026-11-20T09:00:00Z',
    topics: ['benchmark'],
    readingMinutes: 3,
    body: [...body, SENTINEL],
    entities,
  };
}

/** 10,000 entities, one mention each, ten to a paragraph. */
export function manyEntities(count = 10_000): BigStory {
  const body: string[] = [];
  const entities: ArticleEntity[] = [];
  const perParagraph = 10;
  for (let p = 0; p * perParagraph < count; p++) {
    let text = `${FILLER}:`;
    for (let i = p * perParagraph; i < Math.min(count, (p + 1) * perParagraph); i++) {
      const name = `Delegate ${String(i + 1).padStart(5, '0')}`;
      text += ' ';
      const start = text.length;
      text += name;
      entities.push({
        id: `delegate-${i + 1}`,
        name,
        type: TYPES[i % TYPES.length] ?? 'other',
        ...(i % 3 === 0 ? { role: `Member of panel ${(i % 40) + 1}` } : {}),
        salience: Math.round((1 - i / count) * 1000) / 1000,
        mentions: [{ paragraph: p, start, end: start + name.length }],
      });
      text += ',';
    }
    body.push(`${text} and others.`);
  }
  return {
    name: 'many-entities',
    what: `${count.toLocaleString('en-US')} entities`,
    article: base('bench-many-entities', 'Ten thousand delegates arrive at once', body, entities),
  };
}

/** One organization mentioned 10,000 times, twenty times a paragraph, beside two ordinary entities. */
export function manyMentions(count = 10_000): BigStory {
  const body: string[] = [];
  const mentions: ArticleEntity['mentions'] = [];
  const perParagraph = 20;
  for (let p = 0; p * perParagraph < count; p++) {
    let text = 'Oslo';
    for (let i = p * perParagraph; i < Math.min(count, (p + 1) * perParagraph); i++) {
      text += ' said that ';
      const start = text.length;
      text += 'NATO';
      mentions.push({ paragraph: p, start, end: start + 4 });
    }
    body.push(`${text} would decide.`);
  }
  const entities: ArticleEntity[] = [
    { id: 'nato', name: 'North Atlantic Treaty Organization', type: 'organization', salience: 1, mentions },
    {
      id: 'oslo',
      name: 'Oslo',
      type: 'place',
      salience: 0.4,
      mentions: body.slice(0, -1).map((_, paragraph) => ({ paragraph, start: 0, end: 4 })),
    },
  ];
  return {
    name: 'many-mentions',
    what: `1 entity, ${count.toLocaleString('en-US')} mentions`,
    article: base('bench-many-mentions', 'One alliance, named on every line', body, entities),
  };
}

/** One paragraph of about 1 MB of text with a mention every 10 kB. */
export function hugeParagraph(bytes = 1_000_000): BigStory {
  const parts: string[] = [];
  const mentions: ArticleEntity['mentions'] = [];
  let length = 0;
  while (length < bytes) {
    const start = length;
    parts.push('Geneva');
    mentions.push({ paragraph: 0, start, end: start + 6 });
    length += 6;
    while (length < start + 10_000) {
      const words = ` ${FILLER}.`;
      parts.push(words);
      length += words.length;
    }
  }
  const entities: ArticleEntity[] = [{ id: 'geneva', name: 'Geneva', type: 'place', salience: 0.9, mentions }];
  return {
    name: 'huge-paragraph',
    what: `one ${Math.round(length / 1000).toLocaleString('en-US')} kB paragraph`,
    article: base('bench-huge-paragraph', 'The longest paragraph ever filed', [parts.join('')], entities),
  };
}

export function bigStories(): BigStory[] {
  return [manyEntities(), manyMentions(), hugeParagraph()];
}

/** The feed's view of a story: its five most salient entities, no body. */
export function summaryOf(article: Article): ArticleSummary {
  const { body: _body, entities, entitiesDetected: _detected, ...fields } = article;
  const top = [...entities].sort((a, b) => b.salience - a.salience).slice(0, 5);
  return {
    ...fields,
    entities: top.map(({ mentions, ...entity }) => ({ ...entity, mentionCount: mentions.length })),
  };
}

/** The corpus-wide record the entity card and page ask for. */
export function entityRecord(article: Article, id: string): Entity | undefined {
  const entity = article.entities.find((e) => e.id === id);
  if (!entity) return undefined;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [],
    ...(entity.role ? { role: entity.role } : {}),
    articleCount: 1,
    firstSeen: article.publishedAt,
    lastSeen: article.publishedAt,
    related: [],
  };
}
