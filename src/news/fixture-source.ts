import { throwIfAborted } from './abort';
import { ARTICLES_FILE, ENTITIES_FILE, parseCorpusFiles, resolveImageUrls } from './corpus-data';
import { createCorpusIndex, type CorpusIndex } from './engine/corpus-index';
import { NewsError } from './errors';
import type { NewsSource, SourceList } from './source';
import type { DroppedItem } from './validate';

export interface FixtureSourceOptions {
  /** Folder holding articles.json and entities.json, e.g. "/data/" or a URL beside an embed script. */
  dataUrl: string;
  fetch?: typeof globalThis.fetch;
}

interface Loaded {
  index: CorpusIndex;
  dropped: DroppedItem[];
}

/**
 * The bundled corpus: both files are fetched once per source, validated, and every query then runs
 * in the browser on the same engine the dev API uses.
 */
export interface FixtureSource extends NewsSource {
  /** Starts fetching the corpus files now, so the first query finds them on their way. */
  preload(): void;
  /** The corpus's publishers, as bundled sources: always there for the bundled stories. */
  listSources(signal?: AbortSignal): Promise<SourceList>;
}

export function createFixtureSource({
  dataUrl,
  fetch = globalThis.fetch.bind(globalThis),
}: FixtureSourceOptions): FixtureSource {
  let loading: Promise<Loaded> | undefined;
  const folder = new URL(
    dataUrl.endsWith('/') ? dataUrl : `${dataUrl}/`,
    globalThis.location?.href ?? 'http://localhost/',
  ).href;

  function load(): Promise<Loaded> {
    loading ??= Promise.all([readJson(fetch, folder, ARTICLES_FILE), readJson(fetch, folder, ENTITIES_FILE)])
      .then(([articles, entities]) => {
        const corpus = parseCorpusFiles(articles, entities);
        for (const item of corpus.dropped) console.warn(`Lede left out ${item.label}: ${item.reason}`);
        const index = createCorpusIndex(resolveImageUrls(corpus.articles, folder), corpus.entities);
        return { index, dropped: corpus.dropped };
      })
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  }

  async function withIndex<T>(signal: AbortSignal | undefined, run: (loaded: Loaded) => T): Promise<T> {
    throwIfAborted(signal);
    const loaded = await load();
    throwIfAborted(signal);
    return run(loaded);
  }

  return {
    kind: 'fixture',
    preload: () => void load().catch(() => undefined),
    listArticles: (query, signal) =>
      withIndex(signal, ({ index, dropped }) => ({ ...index.listArticles(query), dropped })),
    getArticle: (id, signal) => withIndex(signal, ({ index }) => index.getArticle(id)),
    listEntities: (query, signal) => withIndex(signal, ({ index }) => index.listEntities(query)),
    getEntity: (id, signal) => withIndex(signal, ({ index }) => index.getEntity(id)),
    listSources: (signal) => withIndex(signal, ({ index }) => ({ items: index.listSources(), dropped: [] })),
  };
}

async function readJson(fetch: typeof globalThis.fetch, folder: string, file: string): Promise<unknown> {
  const url = new URL(file, folder).href;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new NewsError(
      'network',
      `The bundled stories could not be loaded (${file}); check your connection and retry.`,
      { cause },
    );
  }
  if (!response.ok) {
    throw new NewsError('http', `The bundled stories could not be loaded: ${file} answered ${response.status}.`, {
      status: response.status,
    });
  }
  try {
    return (await response.json()) as unknown;
  } catch (cause) {
    throw new NewsError('invalid-data', `${file} is not valid JSON; rebuild it with npm run corpus.`, { cause });
  }
}
