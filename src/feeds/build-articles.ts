import type { Article, Source } from '../news/schema/article';
import { type FullTextOptions, type FullTextSetting, needsFullText, withFullText } from './extract/full-text';
import type { RawStory } from './parse/raw-story';
import { rawStoryToArticle } from './to-article';

export interface BuildArticlesOptions extends FullTextOptions {
  source: Source;
  fullText: FullTextSetting;
  /** Pause between two page fetches, to be polite to the story's site. */
  pageDelayMs?: number;
  signal?: AbortSignal;
}

export interface StoryNote {
  id: string;
  title: string;
  reason: string;
}

/**
 * A feed's stories -> Articles, fetching pages for full text where the setting or a summary-only
 * feed asks for it, one page at a time. One story failing is noted and never stops the rest;
 * `fullText` notes say which stories kept the feed's text and why.
 */
export async function buildArticles(
  stories: readonly RawStory[],
  options: BuildArticlesOptions,
): Promise<{ articles: Article[]; rejected: StoryNote[]; fullText: StoryNote[] }> {
  const articles: Article[] = [];
  const rejected: StoryNote[] = [];
  const fullText: StoryNote[] = [];
  let fetched = false;
  for (const raw of stories) {
    if (options.signal?.aborted) break;
    let story = raw;
    if (needsFullText(raw, options.fullText)) {
      if (fetched && options.pageDelayMs) await new Promise((resolve) => setTimeout(resolve, options.pageDelayMs));
      fetched = true;
      const result = await withFullText(raw, options);
      story = result.story;
      if (!result.extracted) fullText.push({ id: raw.id, title: raw.title, reason: result.reason });
    }
    try {
      articles.push(rawStoryToArticle(story, options.source));
    } catch (error) {
      rejected.push({ id: raw.id, title: raw.title, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { articles, rejected, fullText };
}
