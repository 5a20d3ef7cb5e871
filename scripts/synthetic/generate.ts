import { buildEntityRecords } from '../../src/news/engine/entity-records';
import { publishedTime } from '../../src/news/published-time';
import type { Article } from '../../src/news/schema/article';
import type { Entity, EntityType } from '../../src/news/schema/entity';
import { findMentions } from '../../src/ingest/mentions';
import { firstSentence, readingMinutes, salienceScores } from '../../src/ingest/metrics';
import { slugify } from '../../src/ingest/slug';

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'ren', 'mi', 'sa', 'tor', 'vel', 'an', 'is', 'dor', 'ha', 'ne', 'lu', 'bar', 'ei', 'os'];
const TOPICS = ['defence', 'diplomacy', 'business', 'technology', 'science', 'sport', 'climate', 'culture'];
const SOURCES = [
  { id: 'synthetic-wire', name: 'Synthetic Wire' },
  { id: 'sample-times', name: 'The Sample Times' },
  { id: 'test-ledger', name: 'Test Ledger' },
];
const SUFFIX: Record<EntityType, string[]> = {
  person: [''],
  organization: [' Group', ' Institute', ' Agency', ' Union'],
  place: ['ia', ' City', 'holm', 'stad'],
  other: [' Accord', ' Prize', ' Summit'],
};

interface SeedEntity {
  id: string;
  name: string;
  type: EntityType;
}

export interface SyntheticCorpus {
  articles: Article[];
  entities: Entity[];
}

/** Deterministic stories with recurring entities, shaped like the real corpus, for scale tests. */
export function generateSyntheticCorpus(count: number, seed: number): SyntheticCorpus {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const word = (parts: number) =>
    Array.from({ length: parts }, () => pick(SYLLABLES))
      .join('')
      .replace(/^./, (c) => c.toUpperCase());

  const pool = new Map<string, SeedEntity>();
  const types: EntityType[] = ['person', 'person', 'organization', 'place', 'other'];
  while (pool.size < Math.max(50, Math.round(count / 8))) {
    const type = pick(types);
    const name = type === 'person' ? `${word(2)} ${word(3)}` : `${word(2)}${pick(SUFFIX[type])}`;
    pool.set(slugify(name), { id: slugify(name), name, type });
  }
  const entities = [...pool.values()];
  const start = Date.UTC(2026, 0, 1);
  const articles: Article[] = [];

  for (let i = 0; i < count; i += 1) {
    const cast = Array.from({ length: 3 + Math.floor(next() * 5) }, () => pick(entities)).filter(
      (entity, index, list) => list.indexOf(entity) === index,
    );
    const names = cast.map((entity) => entity.name);
    const body = Array.from({ length: 3 + Math.floor(next() * 4) }, (_, p) => {
      const a = names[p % names.length] ?? 'Someone';
      const b = names[(p + 1) % names.length] ?? 'someone else';
      return `${a} and ${b} were in the news on day ${i % 365} of the year, in paragraph ${p + 1} of synthetic story ${i}. Officials said the ${pick(TOPICS)} talks would continue, and observers expected more news within ${2 + Math.floor(next() * 20)} days.`;
    });
    const found = findMentions(
      body,
      cast.map((entity) => ({ id: entity.id, forms: [entity.name] })),
    );
    const title = `${names[0] ?? 'News'} and ${names[1] ?? 'partners'}: synthetic story ${i}`;
    const salience = salienceScores(found, new Set(cast.slice(0, 2).map((e) => e.id)));
    articles.push({
      id: `synthetic-${i}`,
      title,
      summary: firstSentence(body[0] ?? ''),
      body,
      source: pick(SOURCES),
      publishedAt: new Date(start + Math.floor(next() * 330 * 86_400_000)).toISOString().replace('.000Z', '+00:00'),
      topics: [pick(TOPICS)],
      readingMinutes: readingMinutes(body),
      entities: cast
        .map((entity) => ({ ...entity, salience: salience.get(entity.id) ?? 0, mentions: found.get(entity.id) ?? [] }))
        .filter((entity) => entity.mentions.length > 0)
        .sort((a, b) => b.salience - a.salience),
    });
  }
  articles.sort((a, b) => publishedTime(b.publishedAt) - publishedTime(a.publishedAt) || a.id.localeCompare(b.id));
  return { articles, entities: buildEntityRecords(articles, []) };
}
