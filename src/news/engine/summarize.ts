import type { Article, ArticleSummary } from '../schema/article';

export const SUMMARY_ENTITY_COUNT = 5;

/** A feed card's view of a story: the body, its structure and mention ranges stay behind, the top entities come along. */
export function toSummary(article: Article, entityCount = SUMMARY_ENTITY_COUNT): ArticleSummary {
  const { body: _body, paragraphKinds: _kinds, links: _links, entities, ...rest } = article;
  const top = [...entities]
    .sort((a, b) => b.salience - a.salience || b.mentions.length - a.mentions.length)
    .slice(0, entityCount)
    .map(({ mentions, ...entity }) => ({ ...entity, mentionCount: mentions.length }));
  return { ...rest, entities: top };
}
