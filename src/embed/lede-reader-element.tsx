import { createHashHistory, createMemoryHistory, type RouterHistory } from '@tanstack/react-router';
import { createRoot, type Root } from 'react-dom/client';
import * as v from 'valibot';
import { NewsReader } from '../app/news-reader';
import { ReaderEvents } from '../app/use-reader-events';
import { imagePolicyFor, type ImagePolicy } from '../news/image-policy';
import type { NewsSource } from '../news/source';
import { createReadingStore, type ReadingStore } from '../reading/store';
import { memoryStateStorage } from '../reading/storage';
import { OBSERVED_ATTRIBUTES, readAttributes, type ReaderAttributes } from './attributes';
import { EmbedError } from './embed-error';
import { parseImageHosts } from './image-hosts';
import { adoptReaderStyles, ensurePropertyRules } from './embed-styles';
import { loadEmbedSource } from './load-source';
import { initialTarget, NavigateTargetSchema, pathFor, type NavigateTarget } from './navigate-target';
import { emit, messageOf } from './reader-events';
import { READER_ROOT_CLASS } from './shadow-css';

/** One mounted reader: what the element must release when it is removed or its source changes. */
interface Session {
  root: Root;
  history: RouterHistory;
  source: NewsSource | null;
  /** Read, saved and followed stories, for this visit: the host's storage is not Lede's to write. */
  readingStore: ReadingStore;
  /** The page, the bundle beside the script, the api-base and image-hosts: where story images load unasked. */
  imagePolicy: ImagePolicy;
  error: unknown;
  stopped: boolean;
}

/** Where the bundled stories are: set once by the entry module, from its own URL. */
let bundleBase = '';

export function setBundleBase(url: string): void {
  bundleBase = url;
}

/**
 * <lede-reader>: one reader in a shadow root. Attributes map to NewsReader props; a change of
 * api-base, routing or image-hosts starts a new reader, theme and layout re-render the same one
 * (its state kept), entity, q and article navigate it.
 */
export class LedeReaderElement extends HTMLElement {
  static readonly observedAttributes = [...OBSERVED_ATTRIBUTES, 'image-hosts'];

  readonly #container: HTMLDivElement;
  #session: Session | null = null;
  #attributes: ReaderAttributes | null = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptReaderStyles(shadow);
    this.#container = document.createElement('div');
    this.#container.className = READER_ROOT_CLASS;
    shadow.append(this.#container);
  }

  connectedCallback(): void {
    // Moved within the page: disconnected and connected in one task, the reader stays as it was.
    if (this.#session) return;
    ensurePropertyRules(this.ownerDocument);
    this.#start();
  }

  disconnectedCallback(): void {
    queueMicrotask(() => {
      if (!this.isConnected) this.#stop();
    });
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (!this.#session || previous === value) return;
    const next = readAttributes(this);
    const before = this.#attributes;
    this.#attributes = next;
    // The image policy is the reader's for its life (NewsReader takes it once): a new list, a new reader.
    if (name === 'image-hosts') {
      this.#stop();
      this.#start();
    } else if (name === 'api-base' || name === 'routing') {
      if (before && before.apiBase === next.apiBase && before.routing === next.routing) return;
      this.#stop();
      this.#start();
    } else if (name === 'theme' || name === 'layout') {
      this.#render();
    } else {
      this.#session.history.push(pathFor(initialTarget(next)));
    }
  }

  /** Shows a story, an entity's page or a feed: `el.navigate({ article: id })`. */
  navigate(target: NavigateTarget): void {
    const parsed = v.safeParse(NavigateTargetSchema, target);
    if (!parsed.success) {
      throw new TypeError('navigate() takes { article: id }, { entity: id } or { feed: { q?, entity? } }');
    }
    this.#session?.history.push(pathFor(parsed.output));
  }

  #start(): void {
    const attributes = readAttributes(this);
    this.#attributes = attributes;
    const path = pathFor(initialTarget(attributes));
    const history =
      attributes.routing === 'hash' ? createHashHistory() : createMemoryHistory({ initialEntries: [path] });
    // Hash routing opts into the page's URL; a link that already names a view wins over attributes.
    if (attributes.routing === 'hash' && history.location.pathname === '/' && !history.location.search) {
      history.replace(path);
    }
    const session: Session = {
      root: createRoot(this.#container),
      history,
      source: null,
      readingStore: createReadingStore(memoryStateStorage()),
      imagePolicy: imagePolicyFor({
        pageUrl: this.ownerDocument.baseURI,
        sourceUrls: [bundleBase, ...(attributes.apiBase === undefined ? [] : [attributes.apiBase])],
        imageHosts: parseImageHosts(this.getAttribute('image-hosts')),
      }),
      error: null,
      stopped: false,
    };
    this.#session = session;
    loadEmbedSource(attributes.apiBase, bundleBase, this.ownerDocument.baseURI)
      .then((source) => {
        if (session.stopped) {
          source.dispose?.();
          return;
        }
        session.source = source;
        this.#render();
      })
      .catch((error: unknown) => {
        if (session.stopped) return;
        session.error = error;
        emit(this, 'lede:error', { message: messageOf(error) });
        this.#render();
      });
  }

  #stop(): void {
    const session = this.#session;
    if (!session) return;
    this.#session = null;
    session.stopped = true;
    // Unmounting the reader disposes its source (NewsReader owns that once it has it).
    session.root.unmount();
    session.history.destroy();
  }

  #render(): void {
    const session = this.#session;
    const attributes = this.#attributes;
    if (!session || !attributes) return;
    if (session.error !== null) {
      session.root.render(
        <EmbedError
          error={session.error}
          onRetry={() => {
            this.#stop();
            this.#start();
          }}
        />,
      );
      return;
    }
    if (!session.source) return;
    session.root.render(
      <NewsReader
        source={session.source}
        history={session.history}
        readingStore={session.readingStore}
        imagePolicy={session.imagePolicy}
        initialWidth={Math.round(this.getBoundingClientRect().width) || 360}
        shortcutScope="frame"
        scroll="frame"
        theme={attributes.theme}
        layout={attributes.layout}
        events={ReaderEvents}
        onNavigate={(location) => emit(this, 'lede:navigate', location)}
        onEntitySelect={(entity) => emit(this, 'lede:entity-select', entity)}
        onError={(error) => emit(this, 'lede:error', error)}
      />,
    );
  }
}
