import { publishedTime } from '../news/published-time';
import { foldText } from '../news/engine/fold';
import { storyWords } from '../news/engine/story-words';
import { toSummary } from '../news/engine/summarize';
import type { Article } from '../news/schema/article';

/** The columns of one articles row, computed in JavaScript so SQL filters match the memory engine. */
export function articleRow(article: Article) {
  return {
    id: article.id,
    source_id: article.source.id,
    published_ms: publishedTime(article.publishedAt),
    topics_folded: [...new Set(article.topics.map(foldText))],
    entity_ids: article.entities.map((entity) => entity.id),
  };
}

/** Its article_texts row: what is served. */
export function articleTextRow(article: Article) {
  return { id: article.id, summary: toSummary(article), doc: article };
}

/** Its article_search row: the story's distinct folded words, the string the memory engine searches. */
export function articleSearchRow(article: Article) {
  return { id: article.id, words: storyWords(article) };
}

export function articleEntityRows(article: Article) {
  const publishedMs = publishedTime(article.publishedAt);
  return article.entities.map((entity) => ({
    article_id: article.id,
    entity_id: entity.id,
    published_ms: publishedMs,
    published_at: article.publishedAt,
    name: entity.name,
    type: entity.type,
    role: entity.role ?? null,
    salience: entity.salience,
    mention_count: entity.mentions.length,
  }));
}

export function sourceRow(article: Article) {
  return { id: article.source.id, name: article.source.name, site_url: article.source.url ?? null };
}
