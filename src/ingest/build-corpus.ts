import * as v from 'valibot';
import { buildEntityRecords, type EntityCatalogEntry } from '../news/engine/entity-records';
import { ArticleSchema, type Article, type Source } from '../news/schema/article';
import type { Entity } from '../news/schema/entity';
import { describeIssues } from '../news/describe-issues';
import { publishedTime } from '../news/published-time';
import { buildArticle } from './build-article';
import { cleanText } from './clean';
import { slugify } from './slug';
import { extractedStoryEntities } from './story-entities';
import { parseStoryFile, type CuratedEntity, type StoryFile } from './story-file';

export interface CorpusInput {
  stories: ReadonlyArray<{ fileName: string; text: string }>;
  sources: Readonly<Record<string, { name: string; url?: string }>>;
  descriptions?: Readonly<Record<string, string>>;
}

export interface BuiltCorpus {
  articles: Article[];
  entities: Entity[];
  /** Ids of the stories whose header had no entity lines, so their entities were extracted. */
  extracted: string[];
}

export const IMAGE_BASE = 'images/';

/** Every story and entity record, or an error listing every problem found (not just the first). */
export function buildCorpus(input: CorpusInput): BuiltCorpus {
  const problems: string[] = [];
  const sources = new Map(Object.entries(input.sources).map(([id, s]) => [id, { id, ...s } satisfies Source]));
  const parsed: StoryFile[] = [];
  for (const { fileName, text } of input.stories) {
    try {
      parsed.push(parseStoryFile(fileName, text));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const { stories, extracted } = withExtractedEntities(parsed);

  const articles: Article[] = [];
  for (const story of stories) {
    try {
      const article = buildArticle(story, { sources, imageBase: IMAGE_BASE });
      const checked = v.safeParse(ArticleSchema, article);
      if (!checked.success) problems.push(`${story.id}: ${describeIssues(checked.issues)}`);
      for (const entity of article.entities) {
        if (entity.mentions.length === 0)
          problems.push(`${story.id}: "${entity.name}" is listed but never appears in the body`);
      }
      articles.push(article);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }

  const catalog = catalogOf(stories, input.descriptions ?? {}, problems);
  if (problems.length > 0) throw new Error(`The corpus has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  articles.sort((a, b) => publishedTime(b.publishedAt) - publishedTime(a.publishedAt) || a.id.localeCompare(b.id));
  return { articles, entities: buildEntityRecords(articles, catalog), extracted };
}

/**
 * A story with no entity lines gets its entities from extraction instead of failing the build.
 * Curated names are the gold ones: an extracted entity whose id a curated story (or an earlier
 * uncurated one) already uses takes that name and type, keeping its own spelling as an alias, so
 * a guess from extraction never clashes with the curated catalog.
 */
function withExtractedEntities(parsed: readonly StoryFile[]): { stories: StoryFile[]; extracted: string[] } {
  const known = new Map<string, Pick<CuratedEntity, 'name' | 'type'>>();
  for (const story of parsed) {
    for (const entity of story.entities) {
      const id = slugify(entity.name);
      if (!known.has(id)) known.set(id, entity);
    }
  }
  const extracted: string[] = [];
  const stories = parsed.map((story) => {
    if (story.entities.length > 0) return story;
    extracted.push(story.id);
    const entities = extractedStoryEntities(cleanText(story.body).paragraphs).map((entity) => {
      const id = slugify(entity.name);
      const canonical = known.get(id);
      if (!canonical) {
        known.set(id, entity);
        return entity;
      }
      const aliases = entity.name === canonical.name ? entity.aliases : [entity.name, ...entity.aliases];
      return { ...entity, name: canonical.name, type: canonical.type, aliases: [...new Set(aliases)] };
    });
    return { ...story, entities };
  });
  return { stories, extracted };
}

/** Aliases are gathered from every story; one name must mean one type everywhere. */
function catalogOf(stories: readonly StoryFile[], descriptions: Readonly<Record<string, string>>, problems: string[]) {
  const entries = new Map<string, EntityCatalogEntry & { type: string; name: string; where: string }>();
  for (const story of stories) {
    for (const entity of story.entities) {
      const id = slugify(entity.name);
      const known = entries.get(id);
      if (known && (known.type !== entity.type || known.name !== entity.name)) {
        problems.push(
          `${story.id}: "${entity.name}" (${entity.type}) clashes with "${known.name}" (${known.type}) in ${known.where}`,
        );
        continue;
      }
      const aliases = new Set([...(known?.aliases ?? []), ...entity.aliases]);
      const description = descriptions[id];
      entries.set(id, {
        id,
        name: entity.name,
        type: entity.type,
        where: known?.where ?? story.id,
        aliases: [...aliases].sort(),
        ...(description ? { description } : {}),
      });
    }
  }
  return [...entries.values()];
}
