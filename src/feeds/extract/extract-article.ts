import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { StoryBlock } from '../structure/blocks';
import { htmlToBlocks } from '../structure/html-to-blocks';

export interface ExtractedArticle {
  blocks: StoryBlock[];
  title?: string;
  byline?: string;
}

/** Fewer words than this is a page readability could not find a story in (an index, a paywall). */
const MIN_WORDS = 40;

/**
 * A story page -> its story as blocks: @mozilla/readability over linkedom finds the article and
 * leaves navigation, banners, share buttons, related links and comments behind. Null when the
 * page holds no story worth the name.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  let result: ReturnType<Readability['parse']>;
  try {
    result = new Readability(document, { charThreshold: 200 }).parse();
  } catch {
    return null;
  }
  if (!result?.content) return null;
  const blocks = htmlToBlocks(result.content, { baseUrl: pageUrl });
  const title = result.title?.trim();
  // Readability keeps the page's headline as the first heading; the story already has its title.
  const body = blocks[0]?.kind === 'heading' && title && blocks[0].text === title ? blocks.slice(1) : blocks;
  const words = body.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0);
  if (words < MIN_WORDS) return null;
  return { blocks: body, ...(title ? { title } : {}), ...(result.byline ? { byline: result.byline.trim() } : {}) };
}
