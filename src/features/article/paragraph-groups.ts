import type { ParagraphKind } from '../../news/schema/article';

export interface ParagraphGroup {
  kind: ParagraphKind;
  /** Body paragraph indices, in order: a run of list items is one list, a run of quotes one quote. */
  paragraphs: number[];
}

export function paragraphGroups(count: number, kinds: readonly ParagraphKind[] | undefined): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [];
  for (let paragraph = 0; paragraph < count; paragraph += 1) {
    const kind = kinds?.[paragraph] ?? 'paragraph';
    const last = groups.at(-1);
    if (last && last.kind === kind && (kind === 'list-item' || kind === 'quote')) last.paragraphs.push(paragraph);
    else groups.push({ kind, paragraphs: [paragraph] });
  }
  return groups;
}
