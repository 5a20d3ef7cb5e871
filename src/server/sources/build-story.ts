import { rawStoryToArticle, storyWithPage, type FetchedPage, type RawStory } from '../../feeds/index';
import type { Article, Source } from '../../news/schema/article';

/** One story's CPU work: its page read (when fetched), then Lede's pipeline (cleaning, entities). */
export interface BuildTask {
  story: RawStory;
  source: Source;
  page?: FetchedPage;
}

export type BuildResult =
  /** `pageNote` says why a fetched page's text was not used (the feed's is kept). */
  { ok: true; article: Article; pageNote?: string } | { ok: false; error: string };

/** Pure and synchronous, so it runs the same on the server's thread or on a worker's. */
export function buildStory({ story, source, page }: BuildTask): BuildResult {
  try {
    const read = page ? storyWithPage(story, page) : undefined;
    const article = rawStoryToArticle(read?.story ?? story, source);
    return read && !read.extracted ? { ok: true, article, pageNote: read.reason } : { ok: true, article };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
