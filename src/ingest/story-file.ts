import * as v from 'valibot';
import { EntityTypeSchema } from '../news/schema/primitives';

/** One corpus/stories/*.txt file, its header read but nothing derived yet. */
export interface StoryFile {
  id: string;
  title: string;
  source: string;
  author?: string;
  date: string;
  topics: string[];
  url?: string;
  image?: { file: string; alt: string };
  summary?: string;
  entities: CuratedEntity[];
  body: string;
}

export interface CuratedEntity {
  name: string;
  type: v.InferOutput<typeof EntityTypeSchema>;
  aliases: string[];
  role?: string;
  /** Adjectives of this place the story uses as nationalities ("Swedish"): found by extraction, never in a file. */
  nationalities?: string[];
}

export class StoryFormatError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'StoryFormatError';
  }
}

const SINGLE_KEYS = new Set(['title', 'source', 'author', 'date', 'topics', 'url', 'image', 'summary']);

/** Parses the header (`key: value` lines up to `---`) and keeps the body as raw text for the cleaner. */
export function parseStoryFile(fileName: string, text: string): StoryFile {
  const id = fileName.replace(/\.txt$/, '');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const end = lines.findIndex((line) => line.trim() === '---');
  if (end === -1) throw new StoryFormatError(fileName, 1, 'no `---` line ends the header');

  const fields = new Map<string, string>();
  const entities: CuratedEntity[] = [];
  lines.slice(0, end).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!match) throw new StoryFormatError(fileName, index + 1, `expected "key: value", found "${line.slice(0, 40)}"`);
    const [, key = '', value = ''] = match;
    if (key === 'entity') entities.push(parseEntityLine(fileName, index + 1, value));
    else if (!SINGLE_KEYS.has(key)) throw new StoryFormatError(fileName, index + 1, `unknown header key "${key}"`);
    else if (fields.has(key)) throw new StoryFormatError(fileName, index + 1, `"${key}" given twice`);
    else fields.set(key, value.trim());
  });

  const required = (key: string): string => {
    const value = fields.get(key);
    if (!value) throw new StoryFormatError(fileName, 1, `the header has no "${key}"`);
    return value;
  };
  const image = fields.get('image');
  const [imageFile = '', imageAlt = ''] = image ? image.split('|').map((part) => part.trim()) : [];

  return {
    id,
    title: required('title'),
    source: required('source'),
    author: fields.get('author') || undefined,
    date: required('date'),
    topics: required('topics')
      .split(',')
      .map((topic) => topic.trim().toLowerCase())
      .filter(Boolean),
    url: fields.get('url') || undefined,
    image: image ? { file: imageFile, alt: imageAlt } : undefined,
    summary: fields.get('summary') || undefined,
    entities,
    body: lines.slice(end + 1).join('\n'),
  };
}

function parseEntityLine(fileName: string, line: number, value: string): CuratedEntity {
  const [name = '', type = '', aliases = '', role = ''] = value.split('|').map((part) => part.trim());
  if (!name) throw new StoryFormatError(fileName, line, 'entity line has no name');
  const parsedType = v.safeParse(EntityTypeSchema, type);
  if (!parsedType.success) {
    throw new StoryFormatError(
      fileName,
      line,
      `entity "${name}": type "${type}" must be person, organization, place or other`,
    );
  }
  return {
    name,
    type: parsedType.output,
    aliases: aliases
      .split(';')
      .map((alias) => alias.trim())
      .filter(Boolean),
    role: role || undefined,
  };
}
