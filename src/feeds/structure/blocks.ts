import * as v from 'valibot';
import { isHttpUrl } from '../../news/schema/primitives';

export const BLOCK_KINDS = ['paragraph', 'heading', 'quote', 'list-item'] as const;

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A link inside one block's text: UTF-16 range, end exclusive, http(s) only. */
export const BlockLinkSchema = v.pipe(
  v.object({ start: Offset, end: Offset, href: v.pipe(v.string(), v.check(isHttpUrl, 'must be an http(s) URL')) }),
  v.check((link) => link.end > link.start, 'end must be greater than start'),
);

/** Story text as structure, never markup: what a paragraph is, its plain text, where its links are. */
export const StoryBlockSchema = v.pipe(
  v.object({
    kind: v.picklist(BLOCK_KINDS),
    text: v.pipe(v.string(), v.minLength(1)),
    links: v.array(BlockLinkSchema),
  }),
  v.check((block) => block.links.every((link) => link.end <= block.text.length), 'a link points outside its text'),
);

export type BlockKind = (typeof BLOCK_KINDS)[number];
export type BlockLink = v.InferOutput<typeof BlockLinkSchema>;
export type StoryBlock = v.InferOutput<typeof StoryBlockSchema>;
