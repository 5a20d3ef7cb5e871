import * as v from 'valibot';
import { buildEntityRecords, type EntityCatalogEntry } from '../news/engine/entity-records';
import { ArticleSchema, type Article, type Source } from '../news/schema/article';
import type { Entity } from '../news/schema/entity';
import { describeIssues } from '../news/validate';
import { buildArticle } from './build-article';
import { slugify } from './slug';
import { parseStoryFile, type StoryFile } from './story-file';

export interface CorpusInput {
  stories: ReadonlyArray<{ fileName: string; text: string }>;
  sources: Readonly<Record<string, { name: string; url?: string }>>;
  descriptions?: Readonly<Record<string, string>>;
}

export interface BuiltCorpus {
  articles: Article[];
  entities: Entity[];
}

export const IMAGE_BASE = 'images/';

/** Every story and entity record, or an error listing every problem found (not just the first). */
export function buildCorpus(input: CorpusInput): BuiltCorpus {
  const problems: string[] = [];
  const sources = new Map(Object.entries(input.sources).map(([id, s]) => [id, { id, ...s } satisfies Source]));
  const stories: StoryFile[] = [];
  for (const { fileName, text } of input.stories) {
    try {
      stories.push(parseStoryFile(fileName, text));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }

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
  articles.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id));
  return { articles, entities: buildEntityRecords(articles, catalog) };
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
