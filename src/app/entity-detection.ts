import type { EntityDetector } from '../ingest/worker/extract-client';
import type { Article } from '../news/schema/article';
import type { NewsSource } from '../news/source';

/**
 * A source whose stories always name who is in them: when a backend sends a story with a body but
 * no entities, the detector finds them in the text and the story says they were detected. Detection
 * is a bonus, so a failure leaves the story as the backend sent it.
 */
export function withEntityDetection(source: NewsSource, detector: EntityDetector): NewsSource {
  const detect = async (article: Article, signal?: AbortSignal): Promise<Article> => {
    if (article.entities.length > 0 || article.body.length === 0) return article;
    try {
      const entities = await detector.detect(article, signal);
      return { ...article, entities, entitiesDetected: true };
    } catch (error) {
      // An abandoned story is not a failure; let the query see the abort as it would any other.
      if (signal?.aborted) throw error;
      console.warn(`Could not detect the entities of '${article.id}'; showing the story without them.`, error);
      return article;
    }
  };

  return {
    kind: source.kind,
    listArticles: (query, signal) => source.listArticles(query, signal),
    getArticle: async (id, signal) => detect(await source.getArticle(id, signal), signal),
    listEntities: (query, signal) => source.listEntities(query, signal),
    getEntity: (id, signal) => source.getEntity(id, signal),
    dispose: () => {
      detector.dispose();
      source.dispose?.();
    },
  };
}
