import type { EntityDetector } from '../ingest/worker/extract-client';
import { isNotFound } from '../news/errors';
import type { Article } from '../news/schema/article';
import type { ArticleQuery, NewsSource } from '../news/source';
import { detectedCorpus } from './detected-entities';

/**
 * A source whose stories always name who is in them: when a backend sends a story with a body but
 * no entities, the story is returned at once and the detector looks for them in the text; the
 * result reaches the reader through onStoryUpdate. Detection is a bonus, so a failure leaves the
 * story as the backend sent it.
 *
 * The backend has never heard of what was detected, yet the sidebar links to /entities/<id>: for
 * an entity it does not know (not-found, or no stories), the record and story list come from the
 * stories detected in this reader.
 */
export function withEntityDetection(source: NewsSource, detector: EntityDetector): NewsSource {
  const listeners = new Set<(article: Article) => void>();
  const detected = new Map<string, Article>();
  const pending = new Set<string>();

  const detect = (article: Article): void => {
    if (pending.has(article.id)) return;
    pending.add(article.id);
    detector
      .detect(article)
      .then((entities) => {
        const enriched = { ...article, entities, entitiesDetected: true };
        detected.set(article.id, enriched);
        for (const listener of listeners) listener(enriched);
      })
      .catch((error: unknown) => {
        console.warn(`Could not detect the entities of '${article.id}'; showing the story without them.`, error);
      })
      .finally(() => pending.delete(article.id));
  };

  const wasDetected = (id: string) =>
    [...detected.values()].some((article) => article.entities.some((entity) => entity.id === id));
  const detectedStories = () => detectedCorpus([...detected.values()]);

  const listArticles = async (query: ArticleQuery, signal?: AbortSignal) => {
    if (!query.entities?.some(wasDetected)) return source.listArticles(query, signal);
    try {
      const page = await source.listArticles(query, signal);
      if (page.total > 0) return page;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    return detectedStories().listArticles(query);
  };

  return {
    kind: source.kind,
    listArticles,
    // Sources carry no story text: they pass through untouched (the Sources view and the source filter).
    ...(source.listSources ? { listSources: (signal?: AbortSignal) => source.listSources!(signal) } : {}),
    ...(source.sourcesAdmin ? { sourcesAdmin: (token: string) => source.sourcesAdmin!(token) } : {}),
    getArticle: async (id, signal) => {
      const article = await source.getArticle(id, signal);
      if (article.entities.length > 0 || article.body.length === 0) return article;
      const known = detected.get(id);
      if (known && known.body.join('\n') === article.body.join('\n')) return known;
      detect(article);
      return article;
    },
    listEntities: (query, signal) => source.listEntities(query, signal),
    getEntity: async (id, signal) => {
      try {
        return await source.getEntity(id, signal);
      } catch (error) {
        if (!isNotFound(error) || !wasDetected(id)) throw error;
        return detectedStories().getEntity(id);
      }
    },
    onStoryUpdate: (listener) => {
      listeners.add(listener);
      // A detection that finished before the reader subscribed still reaches it.
      for (const article of detected.values()) listener(article);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      detector.dispose();
      source.dispose?.();
    },
  };
}
