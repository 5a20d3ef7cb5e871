import { FetchError, findFeed, parseOpmlSources, sourcesToOpml } from '../../feeds/index';
import { SourceAdminError, type SourceAdmin } from '../../news/api/source-admin';
import { notFound } from '../../news/api/source-admin-routes';
import { DEFAULT_INTERVAL_MINUTES } from '../../news/schema/source-record';
import type { SourceStore } from '../../news/store/source-store';
import type { FetchContext } from './fetch-context';
import type { Scheduler } from './scheduler';

export interface ServerSourceAdminOptions {
  store: SourceStore;
  context: FetchContext;
  scheduler: Scheduler;
  now?: () => number;
}

/** The admin routes' work on the server: find the feed, keep it in the store, fetch on demand. */
export function createServerSourceAdmin({
  store,
  context,
  scheduler,
  now = Date.now,
}: ServerSourceAdminOptions): SourceAdmin {
  return {
    async add(input) {
      let found: Awaited<ReturnType<typeof findFeed>>;
      try {
        found = await context.hosts.run(input.url, () => findFeed(input.url, context.fetch));
      } catch (error) {
        if (!(error instanceof FetchError)) throw error;
        if (error.code === 'not-a-feed') throw new SourceAdminError(422, 'not_a_feed', error.message);
        throw new SourceAdminError(502, 'fetch_failed', `${input.url} could not be fetched: ${error.message}`);
      }
      const { head } = found.read.feed;
      const name = input.name ?? head.title ?? new URL(found.feedUrl).hostname;
      const { added, existing } = await store.addSources([
        {
          name,
          url: found.feedUrl,
          ...(head.siteUrl ? { siteUrl: head.siteUrl } : {}),
          intervalMinutes: input.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
          fullText: input.fullText ?? 'feed',
        },
      ]);
      const [source] = added;
      if (source) return source;
      const [known] = existing;
      throw new SourceAdminError(
        409,
        'conflict',
        `That feed is already a source: ${known?.name ?? ''} (${known?.id ?? ''}).`,
      );
    },
    async update(id, patch) {
      const source = await store.updateSource(id, patch, new Date(now()));
      if (!source) throw notFound(id);
      return source;
    },
    remove: (id) => store.removeSource(id),
    async refresh(id) {
      const report = await scheduler.refresh(id);
      if (report === undefined) throw notFound(id);
      if (report === 'busy')
        throw new SourceAdminError(409, 'busy', `${id} is being fetched right now; try again shortly.`);
      const source = await store.getSource(id);
      if (!source) throw notFound(id);
      return {
        source,
        notModified: report.notModified,
        found: report.found,
        written: report.written,
        repaired: report.repaired,
        refused: report.refused,
      };
    },
    async importOpml(opml) {
      let parsed: ReturnType<typeof parseOpmlSources>;
      try {
        parsed = parseOpmlSources(opml);
      } catch {
        throw new SourceAdminError(400, 'bad_request', 'The body is not an OPML file.');
      }
      const { added, existing } = await store.addSources(
        parsed.sources.map((source) => ({
          name: source.title ?? new URL(source.url).hostname,
          url: source.url,
          ...(source.siteUrl ? { siteUrl: source.siteUrl } : {}),
          intervalMinutes: DEFAULT_INTERVAL_MINUTES,
          fullText: 'feed' as const,
        })),
      );
      const skipped = [
        ...existing.map((source) => ({ url: source.url ?? '', reason: `already a source (${source.id})` })),
        ...parsed.problems.map((problem) => ({ url: '', reason: problem })),
      ];
      return { added, skipped };
    },
    async exportOpml() {
      const sources = await store.listFeedSources();
      return sourcesToOpml(
        sources.map((source) => ({
          url: source.url ?? '',
          title: source.name,
          ...(source.siteUrl ? { siteUrl: source.siteUrl } : {}),
        })),
      );
    },
  };
}
