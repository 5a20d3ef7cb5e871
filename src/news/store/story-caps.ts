import type { Article, ArticleEntity } from '../schema/article';
import type { RepairLog } from '../repair/repair-log';
import { excerpt } from '../repair/repair-text';

/** Caps on what one stored story may hold; generous for news, small enough to keep a page cheap. */
export const STORY_LIMITS = {
  title: 1_000,
  summary: 10_000,
  shortText: 500,
  url: 2_048,
  imageAlt: 2_000,
  topic: 200,
  topics: 50,
  paragraph: 200_000,
  paragraphs: 10_000,
  body: 2_000_000,
  entities: 1_000,
  mentions: 100_000,
  aliases: 100,
  description: 5_000,
} as const;

const L = STORY_LIMITS;
const count = (n: number) => n.toLocaleString('en');

export interface StoryRefusal {
  field: string;
  reason: string;
}

/**
 * A story too big to be news is refused whole, with the limit it broke: cutting its body would
 * store a story its author never wrote, and rendering it would freeze the reader.
 */
export function sizeRefusal(article: Article): StoryRefusal | null {
  const bodyLength = article.body.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (bodyLength > L.body) return { field: 'body', reason: `longer than ${count(L.body)} characters in all` };
  if (article.body.length > L.paragraphs)
    return { field: 'body', reason: `more than ${count(L.paragraphs)} paragraphs` };
  const long = article.body.findIndex((paragraph) => paragraph.length > L.paragraph);
  if (long >= 0) return { field: `body.${long}`, reason: `longer than ${count(L.paragraph)} characters` };
  if (article.entities.length > L.entities) {
    return { field: 'entities', reason: `more than ${count(L.entities)} entities` };
  }
  const mentions = article.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
  if (mentions > L.mentions) return { field: 'entities', reason: `more than ${count(L.mentions)} mentions in all` };
  return null;
}

/**
 * The smaller fields over their caps cost only themselves: a title or summary is cut at a word,
 * an optional line, link, topic or entity is left out. Each is noted.
 */
export function capFields(article: Article, log: RepairLog): Article {
  const { author, url, image, links, ...rest } = article;
  const keptAuthor = optionalText('author', author, L.shortText, log);
  const keptUrl = address('url', url, log);
  const keptImage = image && address('image.url', image.url, log) !== undefined ? capImage(image, log) : undefined;
  const keptLinks = links?.filter((link, index) => address(`links.${index}.href`, link.href, log) !== undefined);
  return {
    ...rest,
    title: cut('title', article.title, L.title, log),
    summary: cut('summary', article.summary, L.summary, log),
    source: {
      id: article.source.id,
      name: cut('source.name', article.source.name, L.shortText, log),
      ...withValue('url', address('source.url', article.source.url, log)),
    },
    ...withValue('author', keptAuthor),
    ...withValue('url', keptUrl),
    ...withValue('image', keptImage),
    ...withValue('links', keptLinks),
    topics: capTopics(article.topics, log),
    entities: article.entities.flatMap((entity, index) => capEntity(entity, log.at(`entities.${index}`))),
  };
}

function capImage(image: NonNullable<Article['image']>, log: RepairLog): NonNullable<Article['image']> {
  return {
    url: image.url,
    alt: cut('image.alt', image.alt, L.imageAlt, log),
    ...withValue('credit', optionalText('image.credit', image.credit, L.shortText, log)),
  };
}

function capTopics(topics: readonly string[], log: RepairLog): string[] {
  const kept = topics.filter((topic, index) => optionalText(`topics.${index}`, topic, L.topic, log) !== undefined);
  if (kept.length <= L.topics) return kept;
  log.note('topics', `more than ${L.topics} topics; the first ${L.topics} kept`);
  return kept.slice(0, L.topics);
}

function capEntity(entity: ArticleEntity, log: RepairLog): ArticleEntity[] {
  if (entity.name.length > L.shortText) {
    log.note('name', `longer than ${count(L.shortText)} characters; entity left out`);
    return [];
  }
  const { role, ...rest } = entity;
  return [{ ...rest, ...withValue('role', optionalText('role', role, L.shortText, log)) }];
}

function cut(field: string, text: string, max: number, log: RepairLog): string {
  if (text.length <= max) return text;
  log.note(field, `longer than ${count(max)} characters; cut`);
  // The ellipsis excerpt adds is one character more.
  return excerpt(text, max - 1);
}

function optionalText(field: string, text: string | undefined, max: number, log: RepairLog): string | undefined {
  if (text === undefined || text.length <= max) return text;
  log.note(field, `longer than ${count(max)} characters; left out`);
  return undefined;
}

function address(field: string, url: string | undefined, log: RepairLog): string | undefined {
  if (url === undefined || url.length <= L.url) return url;
  log.note(field, `longer than ${count(L.url)} characters; left out`);
  return undefined;
}

function withValue<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
