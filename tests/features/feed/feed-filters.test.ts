import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  droppedNote,
  emptyMessage,
  feedTitle,
  storyCount,
  type FilterNames,
} from '../../../src/features/feed/feed-filters';

const names: FilterNames = {
  entity: (id) => ({ sweden: 'Sweden', japan: 'Japan' })[id] ?? id,
  source: (id) => (id === 'nordic-wire' ? 'Nordic Wire' : id),
};

describe('feed filter wording', () => {
  it('titles the feed by what it shows', () => {
    expect(feedTitle({}, names)).toBe('Latest stories');
    expect(feedTitle({ q: 'storm', entity: ['sweden', 'japan'], source: 'nordic-wire', topic: 'energy' }, names)).toBe(
      'Stories matching “storm” with Sweden and Japan from Nordic Wire about energy',
    );
  });

  it('says why a feed is empty', () => {
    expect(emptyMessage({ q: 'x', entity: ['sweden', 'japan'] }, names)).toBe(
      'No stories match “x” with Sweden and Japan.',
    );
    expect(emptyMessage({ topic: 'film', source: 'nordic-wire' }, names)).toBe(
      'No stories from Nordic Wire about film.',
    );
    expect(emptyMessage({}, names)).toBe('There are no stories to show yet.');
  });

  it('lists each filter with the search params that remove it', () => {
    const filters = activeFilters({ q: 'x', entity: ['sweden', 'japan'], topic: 'film' }, names);
    expect(filters.map((filter) => [filter.kind, filter.label, filter.without])).toEqual([
      ['Search', '“x”', { q: undefined, entity: ['sweden', 'japan'], topic: 'film' }],
      [null, 'Sweden', { q: 'x', entity: ['japan'], topic: 'film' }],
      [null, 'Japan', { q: 'x', entity: ['sweden'], topic: 'film' }],
      ['Topic', 'film', { q: 'x', entity: ['sweden', 'japan'], topic: undefined }],
    ]);
    expect(activeFilters({ entity: ['unknown-id'] }, names)[0]?.label).toBe('unknown-id');
  });

  it('counts stories and dropped stories in words', () => {
    expect(storyCount(1)).toBe('1 story');
    expect(storyCount(10_000)).toBe('10,000 stories');
    expect(storyCount(1_234_567)).toBe('1,234,567 stories');
    expect(storyCount(999)).toBe('999 stories');
    expect(droppedNote(1)).toBe('1 story could not be shown because its data was invalid.');
    expect(droppedNote(3)).toBe('3 stories could not be shown because their data was invalid.');
  });
});
