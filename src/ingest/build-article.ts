import type { Article, ArticleEntity, Source } from '../news/schema/article';
import { cleanText } from './clean';
import { findMentions } from './mentions';
import { firstSentence, readingMinutes, salienceScores } from './metrics';
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
  const mentions = findMentions(
    paragraphs,
    curated.map((entity) => ({ id: entity.id, forms: [entity.name, ...entity.aliases] })),
  );
  const inTitle = new Set(
    [
      ...findMentions(
        [story.title],
        curated.map((e) => ({ id: e.id, forms: [e.name, ...e.aliases] })),
      ),
    ]
      .filter(([, found]) => found.length > 0)
      .map(([id]) => id),
  );
  const salience = salienceScores(mentions, inTitle);

  const entities: ArticleEntity[] = curated
    .map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      ...(entity.role ? { role: entity.role } : {}),
      salience: salience.get(entity.id) ?? 0,
      mentions: mentions.get(entity.id) ?? [],
    }))
    .sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name));

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
