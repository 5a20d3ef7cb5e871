// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, storyFingerprint, textSimilarity } from '../../src/feeds/duplicates';
import { parseFeedText } from '../../src/feeds/parse/parse-feed';
import type { RawStory } from '../../src/feeds/parse/raw-story';
import { atom, jsonFeed } from './web/formats';
import { WEB_STORIES } from './web/stories';

const stories = (text: string, feedUrl: string) => parseFeedText(text, { feedUrl }).stories;
const origin = 'https://larkmoor.example';

function rewritten(story: RawStory): RawStory {
  // A syndicated copy: another address, a changed headline, one word swapped, a line of boilerplate.
  const blocks = story.blocks.map((b, i) => (i === 1 ? { ...b, text: b.text.replace('twice', 'double') } : b));
  return {
    ...story,
    url: 'https://mirror.example/copy/1',
    title: `${story.title} (updated)`,
    blocks: [...blocks, { kind: 'paragraph', text: 'Reporting by the Larkmoor Gazette.', links: [] }],
  };
}

describe('duplicates', () => {
  const atomStories = stories(atom(origin, WEB_STORIES), `${origin}/atom.xml`);
  const jsonStories = stories(jsonFeed(origin, WEB_STORIES), `${origin}/feed.json`);

  it('finds the same story from two feeds by its canonical address, tracking parameters and all', () => {
    const index = new DuplicateIndex();
    atomStories.forEach((s) => index.add(s.id, storyFingerprint(s)));
    const copy = { ...jsonStories[2]!, url: `${jsonStories[2]!.url}?utm_source=rss#top` };
    expect(index.find(storyFingerprint(copy))).toEqual({ id: atomStories[2]!.id, reason: 'url' });
  });

  it('finds a near-identical text under another address, and nothing for different stories', () => {
    const index = new DuplicateIndex();
    atomStories.forEach((s) => index.add(s.id, storyFingerprint(s)));
    const match = index.find(storyFingerprint(rewritten(atomStories[0]!)));
    expect(match).toMatchObject({ id: atomStories[0]!.id, reason: 'text' });
    expect(match?.reason === 'text' && match.similarity).toBeGreaterThan(0.8);
    const others = new DuplicateIndex();
    atomStories.slice(1).forEach((s) => others.add(s.id, storyFingerprint(s)));
    expect(others.find(storyFingerprint({ ...atomStories[0]!, url: 'https://elsewhere.example/x' }))).toBeNull();
  });

  it('does not judge texts too short to tell apart', () => {
    const teaser = { url: undefined, title: 'x', summary: 'Read more on our site.', blocks: [] };
    expect(storyFingerprint(teaser).minhash).toBeUndefined();
  });

  it('scores identical texts 1 and unrelated ones near 0', () => {
    const a = storyFingerprint(atomStories[0]!).minhash!;
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity(a, storyFingerprint(atomStories[1]!).minhash!)).toBeLessThan(0.2);
  });
});
