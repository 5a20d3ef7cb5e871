import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { tokenize, type Token } from '../../src/ingest/extract/tokens';
import { CLASSES, tagsOf, type TagSpan } from '../../src/ingest/model/tags';
import { isTownLetter } from '../../src/ingest/model/tagger';

export const NER_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'ner');

const GoldSchema = v.object({
  p: v.number(),
  s: v.number(),
  e: v.number(),
  type: v.picklist(CLASSES),
  text: v.string(),
  link: v.optional(v.nullable(v.string())),
});
const DocumentSchema = v.object({ id: v.string(), paragraphs: v.array(v.string()), gold: v.array(GoldSchema) });

export type GoldMention = v.InferOutput<typeof GoldSchema>;
export type NerDocument = v.InferOutput<typeof DocumentSchema>;

/** A document's lines tokenized, with the gold names as BILOU tags over those tokens. */
export interface TaggedDocument {
  doc: NerDocument;
  tokens: Token[][];
  tags: number[][];
  /** Gold names whose edges fall inside a token ("Moody's", "US$"): they cannot be learned. */
  unaligned: number;
  /** Words whose full stop a gold name includes ("U.S.", "Corp."). */
  dotted: string[];
}

export function readDocuments(path: string): NerDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return v.parse(DocumentSchema, JSON.parse(line));
      } catch (error) {
        throw new Error(`${path}:${i + 1}: ${(error as Error).message}`, { cause: error });
      }
    });
}

export function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function nerFile(name: string): string | null {
  const path = join(NER_DIR, name);
  return existsSync(path) ? path : null;
}

export function tagDocument(doc: NerDocument): TaggedDocument {
  const tokens = doc.paragraphs.map(tokenize);
  const spans: TagSpan[][] = doc.paragraphs.map(() => []);
  const dotted: string[] = [];
  let unaligned = 0;
  for (const gold of doc.gold) {
    const line = tokens[gold.p] ?? [];
    const from = line.findIndex((token) => token.start === gold.s);
    let to = line.findIndex((token) => token.end === gold.e);
    if (to === -1) {
      to = line.findIndex((token) => token.end === gold.e - 1);
      const word = line[to]?.text;
      const after = doc.paragraphs[gold.p]?.[gold.e - 1];
      if (word !== undefined && after === '.') dotted.push(word);
      else if (!(after === ')' && isTownLetter(line, to))) to = -1;
    }
    if (from === -1 || to < from) {
      unaligned += 1;
      continue;
    }
    spans[gold.p]?.push({ from, to, cls: CLASSES.indexOf(gold.type) });
  }
  return { doc, tokens, tags: tokens.map((line, p) => tagsOf(line.length, spans[p] ?? [])), unaligned, dotted };
}
