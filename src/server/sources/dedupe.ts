import { NEAR_DUPLICATE, storyFingerprint, textSimilarity, type RawStory } from '../../feeds/index';
import type { SourceStore } from '../../news/store/source-store';

const BANDS = 16;

export interface StoryKeys {
  keys: string[];
  minhash?: number[];
}

/** The keys a story is known by: its id, its canonical URL, and its MinHash bands. */
export function keysOf(story: RawStory): StoryKeys {
  const print = storyFingerprint(story);
  const keys = [`id:${story.id}`, ...(print.url ? [`url:${print.url}`] : [])];
  if (!print.minhash) return { keys };
  const rows = print.minhash.length / BANDS;
  for (let band = 0; band < BANDS; band += 1)
    keys.push(`band:${band}:${print.minhash.slice(band * rows, band * rows + rows).join(',')}`);
  return { keys, minhash: print.minhash };
}

/**
 * The stored story this one repeats, if any: the same id (the same item fetched again, which is an
 * update), else the same canonical URL, else near-identical text. Returns the id to write under,
 * or `duplicate` when another story already is this one.
 */
export async function placeStory(
  store: Pick<SourceStore, 'findStoryKeys' | 'storyFingerprints'>,
  story: RawStory,
  keys: StoryKeys,
): Promise<{ id: string; known: boolean } | 'duplicate'> {
  const matches = await store.findStoryKeys(keys.keys);
  if (matches.some((match) => match.key === `id:${story.id}`)) return { id: story.id, known: true };
  if (matches.some((match) => match.key.startsWith('url:'))) return 'duplicate';
  const candidates = [...new Set(matches.filter((m) => m.key.startsWith('band:')).map((m) => m.articleId))];
  if (keys.minhash && candidates.length > 0) {
    const prints = await store.storyFingerprints(candidates);
    for (const print of prints.values()) if (textSimilarity(keys.minhash, print) >= NEAR_DUPLICATE) return 'duplicate';
  }
  return { id: story.id, known: false };
}
