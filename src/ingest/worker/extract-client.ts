import { abortError } from '../../news/abort';
import type { Article, ArticleEntity } from '../../news/schema/article';
import type { DetectRequest, DetectResponse } from './protocol';

export interface EntityDetector {
  /** The story's entities, found off the main thread. Rejects with an AbortError when aborted. */
  detect(article: Pick<Article, 'id' | 'title' | 'body'>, signal?: AbortSignal): Promise<ArticleEntity[]>;
  /**
   * Stops the worker and rejects what is in flight. A later detect starts a fresh worker, so a
   * reader that is unmounted and mounted again (React's StrictMode does this) keeps working.
   */
  dispose(): void;
}

interface Pending {
  articleId: string;
  resolve: (entities: ArticleEntity[]) => void;
  reject: (error: Error) => void;
}

// Written out here, literally, so Vite bundles the worker as its own chunk: the extractor and
// the model's weights (a chunk of their own, loaded by the worker) never enter the main bundle.
function startWorker(): Worker {
  return new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
}

/** One extraction worker, started on the first request, shared by every request of one reader. */
export function createEntityDetector(createWorker: () => Worker = startWorker): EntityDetector {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const stop = (reason: Error) => {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting) request.reject(reason);
  };

  const running = (): Worker => {
    if (worker) return worker;
    const started = createWorker();
    started.addEventListener('message', ({ data }: MessageEvent<DetectResponse>) => {
      const request = pending.get(data.id);
      if (!request) return;
      pending.delete(data.id);
      if ('error' in data)
        request.reject(new Error(`Entity detection failed for '${request.articleId}': ${data.error}`));
      else request.resolve(data.entities);
    });
    // A worker that cannot load or throws outside a request is broken: fail what waits, start afresh next time.
    started.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      stop(new Error(`The entity detection worker failed: ${event.message || 'it could not be started'}`));
    });
    started.addEventListener('messageerror', () => {
      stop(new Error('The entity detection worker sent a message that could not be read'));
    });
    worker = started;
    return started;
  };

  return {
    detect(article, signal) {
      return new Promise<ArticleEntity[]>((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortError());
          return;
        }
        const target = running();
        const id = nextId++;
        // The worker cannot be interrupted mid-extraction; an aborted request's answer is dropped.
        const onAbort = () => {
          pending.delete(id);
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        pending.set(id, {
          articleId: article.id,
          resolve: (entities) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(entities);
          },
          reject: (error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        });
        const request: DetectRequest = { id, paragraphs: article.body, title: article.title };
        target.postMessage(request);
      });
    },
    dispose() {
      stop(new DOMException('The entity detector was disposed', 'AbortError'));
    },
  };
}
