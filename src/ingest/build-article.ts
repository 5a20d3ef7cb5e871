import type { Article, Source } from '../news/schema/article';
import { articleEntities } from './article-entities';
import { cleanText } from './clean';
import { firstSentence, readingMinutes } from './metrics';
import { slugify } from './slug';
import type { StoryFile } from './story-file';

export interface BuildContext {
  sources: ReadonlyMap<string, Source>;
  /** Folder, relative to the data folder, that image files are served from. */
  imageBase: string;
}

/**
 * A curated story file -> an Article: the body cleaned, mentions found by matching names and
 * aliases (never typed by hand), salience computed, the credit lines turned into the image credit.
 */
export function buildArticle(story: StoryFile, context: BuildContext): Article {
  const source = context.sources.get(story.source);
  if (!source) throw new Error(`${story.id}: source "${story.source}" is not in sources.json`);

  const { paragraphs, credits } = cleanText(story.body);
  if (paragraphs.length === 0) throw new Error(`${story.id}: the body is empty after cleaning`);

  const curated = story.entities.map((entity) => ({ ...entity, id: slugify(entity.name) }));
  const entities = articleEntities(paragraphs, story.title, curated);

  const image = story.image
    ? {
        url: `${context.imageBase}${story.image.file}`,
        alt: story.image.alt,
        ...(credits[0] ? { credit: credits[0] } : {}),
      }
    : undefined;

  return {
    id: story.id,
    title: story.title,
    summary: story.summary ?? firstSentence(paragraphs[0] ?? ''),
    body: paragraphs,
    source,
    ...(story.author ? { author: story.author } : {}),
    publishedAt: story.date,
    ...(story.url ? { url: story.url } : {}),
    ...(image ? { image } : {}),
    topics: story.topics,
    readingMinutes: readingMinutes(paragraphs),
    entities,
  };
}
