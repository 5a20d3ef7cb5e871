import type { RawStory } from './parse/raw-story';
import { canonicalUrl } from './parse/story-id';

const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
const SHINGLE_WORDS = 5;
/** Shorter texts (a teaser, "Read more") say too little to call two stories the same. */
const MIN_WORDS = 25;
export const NEAR_DUPLICATE = 0.8;

// Fixed seeds: signatures must agree across processes and restarts.
const SEEDS = Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

export interface StoryFingerprint {
  /** The canonical address of the story, when it has one. */
  url?: string;
  /** A 64-value MinHash of the story's 5-word shingles; absent for texts too short to judge. */
  minhash?: number[];
}

export function storyFingerprint(story: Pick<RawStory, 'url' | 'title' | 'blocks' | 'summary'>): StoryFingerprint {
  const text = story.blocks.length > 0 ? story.blocks.map((b) => b.text).join(' ') : story.summary;
  const words =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return {
    ...(story.url ? { url: canonicalUrl(story.url) } : {}),
    ...(words.length >= MIN_WORDS ? { minhash: minhash(words) } : {}),
  };
}

/** Estimated Jaccard similarity of two stories' shingle sets, 0..1. */
export function textSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < HASHES; i += 1) if (a[i] === b[i]) same += 1;
  return same / HASHES;
}

export type DuplicateMatch = { id: string; reason: 'url' } | { id: string; reason: 'text'; similarity: number };

/**
 * Stories already seen, to find the one a new story repeats: the same canonical address, or
 * near-identical text (MinHash with LSH bands, so a lookup does not scan every story). The same
 * GUID from the same feed already gives the same story id (storyId), so ids cover that case.
 */
export class DuplicateIndex {
  private readonly byUrl = new Map<string, string>();
  private readonly bands = new Map<string, string[]>();
  private readonly signatures = new Map<string, number[]>();

  add(id: string, fingerprint: StoryFingerprint): void {
    if (fingerprint.url && !this.byUrl.has(fingerprint.url)) this.byUrl.set(fingerprint.url, id);
    if (!fingerprint.minhash) return;
    this.signatures.set(id, fingerprint.minhash);
    for (const key of bandKeys(fingerprint.minhash)) this.bands.set(key, [...(this.bands.get(key) ?? []), id]);
  }

  find(fingerprint: StoryFingerprint, threshold = NEAR_DUPLICATE): DuplicateMatch | null {
    const byUrl = fingerprint.url ? this.byUrl.get(fingerprint.url) : undefined;
    if (byUrl) return { id: byUrl, reason: 'url' };
    if (!fingerprint.minhash) return null;
    let best: DuplicateMatch | null = null;
    const candidates = new Set(bandKeys(fingerprint.minhash).flatMap((key) => this.bands.get(key) ?? []));
    for (const id of candidates) {
      const similarity = textSimilarity(fingerprint.minhash, this.signatures.get(id) ?? []);
      if (similarity >= threshold && (!best || best.reason !== 'text' || similarity > best.similarity)) {
        best = { id, reason: 'text', similarity };
      }
    }
    return best;
  }
}

function minhash(words: readonly string[]): number[] {
  const signature = new Array<number>(HASHES).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let start = 0; start < count; start += 1) {
    const base = fnv1a(words.slice(start, start + SHINGLE_WORDS).join(' '));
    for (let i = 0; i < HASHES; i += 1) {
      const value = mix(base ^ (SEEDS[i] ?? 0));
      if (value < (signature[i] ?? 0xffffffff)) signature[i] = value;
    }
  }
  return signature;
}

function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1)
    keys.push(`${band}:${signature.slice(band * ROWS, band * ROWS + ROWS).join(',')}`);
  return keys;
}

/** MurmurHash3's finalizer: one well-mixed hash per seed, so the 64 minima are independent enough. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
