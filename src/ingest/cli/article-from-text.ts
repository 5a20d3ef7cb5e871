import type { Article, Source } from '../../news/schema/article';
import { buildArticle } from '../build-article';
import { cleanText } from '../clean';
import { firstSentence } from '../metrics';
import { slugify } from '../slug';
import { extractedStoryEntities } from '../story-entities';
import { parseStoryFile, type StoryFile } from '../story-file';

const TITLE_MAX = 100;
const UNKNOWN_SOURCE = { id: 'unknown', name: 'Unknown source' };

/**
 * Raw article text, with or without a corpus header, -> an Article whose entities are extracted
 * from the text. A header's entity lines are ignored on purpose: this is the path for text that
 * nobody has curated. `now` stands in for the publication date when there is no header; a header's
 * source missing from `sources` is shown under its id rather than refused.
 */
export function articleFromText(
  label: string,
  text: string,
  context: { now: Date; sources: ReadonlyMap<string, Source> },
): Article {
  const { now } = context;
  const story = hasHeader(text) ? parseStoryFile(`${slugify(label)}.txt`, text) : rawStory(label, text, now);
  const { paragraphs } = cleanText(story.body);
  if (paragraphs.length === 0) throw new Error(`${label}: no text left after cleaning`);
  const entities = extractedStoryEntities(paragraphs);
  const source = story.source === UNKNOWN_SOURCE.id ? UNKNOWN_SOURCE : context.sources.get(story.source);
  const sources = new Map([[story.source, source ?? { id: story.source, name: story.source }]]);
  return buildArticle({ ...story, entities }, { sources, imageBase: 'images/' });
}

function hasHeader(text: string): boolean {
  return /^\uFEFF?title:\s/u.test(text) && /^---\s*$/mu.test(text);
}

function rawStory(label: string, text: string, now: Date): StoryFile {
  const { paragraphs } = cleanText(text);
  const title = deriveTitle(paragraphs);
  return {
    id: slugify(title || label),
    title: title || label,
    source: UNKNOWN_SOURCE.id,
    date: now.toISOString(),
    topics: [],
    entities: [],
    body: text,
  };
}

/** A short first line without a full stop reads as a headline; otherwise the first sentence, cut on a word. */
export function deriveTitle(paragraphs: readonly string[]): string {
  const first = paragraphs[0] ?? '';
  if (first.length <= TITLE_MAX && !/[.!?]$/u.test(first)) return first;
  return firstSentence(first, TITLE_MAX);
}
