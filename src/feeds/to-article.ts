import * as v from 'valibot';
import { articleEntities } from '../ingest/article-entities';
import { cleanText } from '../ingest/clean';
import { firstSentence, readingMinutes } from '../ingest/metrics';
import { slugify } from '../ingest/slug';
import { extractedStoryEntities } from '../ingest/story-entities';
import { type Article, ArticleSchema, type LinkRange, type ParagraphKind, type Source } from '../news/schema/article';
import type { RawStory } from './parse/raw-story';

/**
 * A RawStory -> an Article through Lede's own pipeline: each block cleaned as the corpus is
 * (credit lines become the image credit, repeated paragraphs go), entities extracted from the
 * text with no curated list, mentions and salience computed; the structure rides along as
 * paragraph kinds and link ranges. Throws when the result breaks the contract.
 */
export function rawStoryToArticle(story: RawStory, source: Source): Article {
  const body: string[] = [];
  const kinds: ParagraphKind[] = [];
  const links: LinkRange[] = [];
  const credits: string[] = [];
  const seen = new Set<string>();
  for (const block of story.blocks) {
    const cleaned = cleanText(block.text);
    credits.push(...cleaned.credits);
    const [text, ...rest] = cleaned.paragraphs;
    if (text === undefined || (block.kind !== 'list-item' && seen.has(text))) continue;
    seen.add(text);
    const paragraph = body.length;
    body.push([text, ...rest].join(' '));
    kinds.push(block.kind);
    // Offsets only hold while cleaning left the text as it was; otherwise the words stay, unlinked.
    if (text === block.text && rest.length === 0) links.push(...block.links.map((link) => ({ paragraph, ...link })));
  }
  if (body.length === 0 && story.summary) {
    body.push(story.summary);
    kinds.push('paragraph');
  }
  const named = extractedStoryEntities(body, story.title).map((entity) => ({ ...entity, id: slugify(entity.name) }));
  const credit = story.image?.credit ?? credits[0];
  const article = {
    id: story.id,
    title: story.title,
    summary: story.summary || firstSentence(body[0] ?? ''),
    body,
    ...(kinds.some((kind) => kind !== 'paragraph') ? { paragraphKinds: kinds } : {}),
    ...(links.length > 0 ? { links } : {}),
    source,
    ...(story.author ? { author: story.author } : {}),
    publishedAt: story.publishedAt,
    ...(story.url ? { url: story.url } : {}),
    ...(story.image ? { image: { url: story.image.url, alt: story.image.alt, ...(credit ? { credit } : {}) } } : {}),
    topics: story.topics,
    readingMinutes: readingMinutes(body),
    entities: articleEntities(body, story.title, named),
  };
  return v.parse(ArticleSchema, article);
}
