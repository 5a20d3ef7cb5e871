import { createHash } from 'node:crypto';
import { NEAR_DUPLICATE, storyFingerprint, textSimilarity, type RawStory } from '../../feeds/index';
import type { Source } from '../../news/schema/article';
import type { SourceStore, StoryMatch } from '../../news/store/source-store';

const BANDS = 16;
/** Keys per lookup: a 10,000-item feed is a few statements, not one huge array. */
const LOOKUP_CHUNK = 5_000;

export interface StoryKeys {
  keys: string[];
  minhash?: number[];
  /** This item's version as the feed gave it: stored once it was built whole, it is skipped after. */
  version: string;
}

/** The keys a story is known by: its id, its canonical URL, and its MinHash bands. */
export function keysOf(story: RawStory, source: Source, fullText: string): StoryKeys {
  const print = storyFingerprint(story);
  const keys = [`id:${story.id}`, ...(print.url ? [`url:${print.url}`] : [])];
  const version = `version:${versionOf(story, source, fullText)}`;
  if (!print.minhash) return { keys, version };
  const rows = print.minhash.length / BANDS;
  for (let band = 0; band < BANDS; band += 1)
    keys.push(`band:${band}:${print.minhash.slice(band * rows, band * rows + rows).join(',')}`);
  return { keys, minhash: print.minhash, version };
}

/**
 * A hash of everything an item's Article is made from: the item (without a date Lede made up,
 * which is the time it was first seen), the source it is filed under and the full-text setting.
 */
function versionOf(story: RawStory, source: Source, fullText: string): string {
  const { publishedAt, ...rest } = story;
  const item = story.dateFlag ? rest : { ...rest, publishedAt };
  return createHash('sha256')
    .update(JSON.stringify([item, source, fullText]))
    .digest('base64url');
}

export type Placement = { id: string; known: boolean } | 'duplicate' | 'unchanged';

/**
 * Where each story of one fetch goes, in two statements at most: `unchanged` when this version of
 * the item is stored already; else the same id (an update), a `duplicate` of another stored story
 * (the same canonical URL or near-identical text), or a new story.
 */
export async function placeStories(
  store: Pick<SourceStore, 'findStoryKeys' | 'storyFingerprints'>,
  stories: readonly RawStory[],
  keys: readonly StoryKeys[],
): Promise<Placement[]> {
  const wanted = [...new Set(keys.flatMap((k) => [k.version, ...k.keys]))];
  const found = new Map<string, StoryMatch>();
  for (let start = 0; start < wanted.length; start += LOOKUP_CHUNK) {
    for (const match of await store.findStoryKeys(wanted.slice(start, start + LOOKUP_CHUNK)))
      found.set(match.key, match);
  }
  const bandMatches = (k: StoryKeys) =>
    k.keys.flatMap((key) => (key.startsWith('band:') && found.has(key) ? [found.get(key)!.articleId] : []));
  const candidates = [...new Set(keys.flatMap(bandMatches))];
  const prints = candidates.length > 0 ? await store.storyFingerprints(candidates) : new Map<string, number[]>();
  return stories.map((story, i) => {
    const k = keys[i]!;
    if (found.get(k.version)?.articleId === story.id) return 'unchanged';
    if (found.get(`id:${story.id}`)) return { id: story.id, known: true };
    if (k.keys.some((key) => key.startsWith('url:') && found.has(key))) return 'duplicate';
    for (const id of new Set(bandMatches(k))) {
      const print = prints.get(id);
      if (k.minhash && print && textSimilarity(k.minhash, print) >= NEAR_DUPLICATE) return 'duplicate';
    }
    return { id: story.id, known: false };
  });
}
