export const BATCH_SIZE = 60;
const POOL = 25;

function storyId(batch: number, index: number): string {
  return `crash-${batch}-${index}`;
}

/** Which entities version `version` of a story names: every version a different set. */
function castOf(index: number, version: number): number[] {
  return [0, 1, 2].map((offset) => (index * 7 + version * 3 + offset * 5) % POOL);
}

function story(batch: number, index: number, version: number) {
  const cast = [...new Set(castOf(index, version))];
  const names = cast.map((n) => `Crash Person ${n}`);
  const body = [names.join(' and ') + ` met for version ${version}.`, 'x'.repeat(4_000)];
  let offset = 0;
  const entities = cast.map((n, position) => {
    const name = names[position] ?? '';
    const start = offset;
    offset += name.length + ' and '.length;
    return {
      id: `crash-person-${n}`,
      name,
      type: 'person',
      salience: 0.5,
      mentions: [{ paragraph: 0, start, end: start + name.length }],
    };
  });
  return {
    id: storyId(batch, index),
    title: `Crash story ${batch}-${index}, version ${version}`,
    summary: `Version ${version}.`,
    source: { id: 'crash-wire', name: 'Crash Wire' },
    publishedAt: new Date(Date.UTC(2026, 0, 1) + (batch * BATCH_SIZE + index) * 60_000).toISOString(),
    topics: ['crash'],
    readingMinutes: 1,
    body,
    entities,
  };
}

/**
 * Batch n writes BATCH_SIZE new stories (version n) and corrects every story of batch n-1 to
 * version n, with other entities: a half-applied batch would show mixed versions or counts.
 */
export function crashBatch(batch: number) {
  const fresh = Array.from({ length: BATCH_SIZE }, (_, index) => story(batch, index, batch));
  const corrected = batch > 0 ? Array.from({ length: BATCH_SIZE }, (_, index) => story(batch - 1, index, batch)) : [];
  return [...fresh, ...corrected];
}

export function versionOf(title: string): number {
  return Number(/version (\d+)$/.exec(title)?.[1] ?? NaN);
}
