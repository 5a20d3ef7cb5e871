import * as v from 'valibot';
import { LinkRangeSchema, PARAGRAPH_KINDS, type LinkRange, type ParagraphKind } from '../schema/article';
import type { Body } from './repair-body';
import { isRecord, kindOf, type RepairLog } from './repair-log';

/**
 * The story's structure beside its text: one kind per paragraph and link ranges. Structure is an
 * extra, so a bad part of it costs only itself: an unknown kind reads as a paragraph, a bad link
 * is left out, and positions follow the paragraphs that were kept.
 */
export function readStructure(record: Record<string, unknown>, body: Body, log: RepairLog) {
  const paragraphKinds = readKinds(record.paragraphKinds, body, log);
  const links = readLinks(record.links, body, log);
  return {
    ...(paragraphKinds ? { paragraphKinds } : {}),
    ...(links ? { links } : {}),
  };
}

function readKinds(value: unknown, body: Body, log: RepairLog): ParagraphKind[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    log.note('paragraphKinds', `${kindOf(value)}, not a list; left out`);
    return undefined;
  }
  const sent: unknown[] = value;
  // Kinds count the paragraphs as sent; a paragraph left out takes its kind with it.
  const kinds: ParagraphKind[] = body.paragraphs.map(() => 'paragraph');
  let unknown = 0;
  sent.forEach((kind, at) => {
    const position = body.index(at);
    if (position === undefined) return;
    if (isKind(kind)) kinds[position] = kind;
    else unknown += 1;
  });
  if (unknown > 0) log.note('paragraphKinds', `${unknown} kind(s) not known; read as paragraphs`);
  if (sent.length < body.paragraphs.length)
    log.note('paragraphKinds', 'fewer kinds than paragraphs; the rest read as paragraphs');
  return kinds;
}

function isKind(value: unknown): value is ParagraphKind {
  return PARAGRAPH_KINDS.some((kind) => kind === value);
}

function readLinks(value: unknown, body: Body, log: RepairLog): LinkRange[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    log.note('links', `${kindOf(value)}, not a list; left out`);
    return undefined;
  }
  const sent: unknown[] = value;
  const links: LinkRange[] = [];
  sent.forEach((item, at) => {
    const paragraph = isRecord(item) && typeof item.paragraph === 'number' ? body.index(item.paragraph) : undefined;
    const candidate = isRecord(item) ? { ...item, paragraph } : item;
    const parsed = v.safeParse(LinkRangeSchema, candidate);
    const text = paragraph === undefined ? undefined : body.paragraphs[paragraph];
    if (parsed.success && text !== undefined && parsed.output.end <= text.length) links.push(parsed.output);
    else log.note(`links.${at}`, 'not an http(s) link inside the text; left out');
  });
  return links;
}
