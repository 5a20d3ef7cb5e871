import type { BlockKind, BlockLink, StoryBlock } from './blocks';

// Controls and invisible format characters carry nothing a reader should see.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/gu;

interface LinkMark {
  block: number;
  offset: number;
}

export const MAX_BLOCK_CHARS = 20_000;

/**
 * Collects one block at a time: whitespace collapsed as text arrives (so link offsets are final
 * when they are taken), never a leading or trailing space, links clipped to the text.
 */
export class TextBuilder {
  readonly blocks: StoryBlock[] = [];
  private text = '';
  private links: BlockLink[] = [];
  private flushes = 0;

  constructor(private readonly maxBlocks: number) {}

  get full(): boolean {
    return this.blocks.length >= this.maxBlocks;
  }

  get offset(): number {
    return this.text.length;
  }

  append(raw: string): void {
    const chunk = raw.replace(INVISIBLE, '').replace(SPACE, ' ').normalize('NFC');
    const trimmed = this.text === '' || this.text.endsWith(' ') ? chunk.replace(/^ /, '') : chunk;
    this.text = (this.text + trimmed).slice(0, MAX_BLOCK_CHARS);
  }

  /** Where a link starts, and in which block: a link that spans a block break is dropped. */
  linkStart(): LinkMark {
    return { block: this.flushes, offset: this.text.length };
  }

  addLink({ block, offset: start }: LinkMark, href: string): void {
    if (block !== this.flushes) return;
    const end = this.text.trimEnd().length;
    // A link that began with a space the builder later kept starts one character later.
    const from = this.text[start] === ' ' ? start + 1 : start;
    if (end > from) this.links.push({ start: from, end, href });
  }

  flush(kind: BlockKind): void {
    if (this.text === '' && this.links.length === 0) return;
    const text = this.text.trimEnd();
    if (text !== '' && !this.full) {
      const links = this.links
        .filter((l) => l.start < text.length)
        .map((l) => ({ ...l, end: Math.min(l.end, text.length) }));
      this.blocks.push({ kind, text, links });
    }
    this.text = '';
    this.links = [];
    this.flushes += 1;
  }
}
