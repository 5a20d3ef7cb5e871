import type { DateFlag } from './raw-story';

const DAY_MS = 24 * 60 * 60 * 1000;
const EARLIEST = Date.UTC(1990, 0, 1);

/**
 * The rule for a feed's date: the first date the item gives that parses and is plausible (not
 * more than a day ahead, not before 1990) is used. Otherwise the story is dated when Lede first
 * saw it (`now`) and flagged with why, so it sorts among today's news instead of on top for a
 * thousand years or at the bottom under 1970.
 */
export function storyDate(candidates: readonly string[], now: Date): { publishedAt: string; flag?: DateFlag } {
  let flag: DateFlag = 'missing';
  for (const raw of candidates) {
    const time = Date.parse(raw.trim());
    if (Number.isNaN(time)) {
      flag = flag === 'missing' ? 'unparseable' : flag;
      continue;
    }
    if (time > now.getTime() + DAY_MS) flag = 'future';
    else if (time < EARLIEST) flag = 'too-old';
    else return { publishedAt: new Date(time).toISOString() };
  }
  return { publishedAt: now.toISOString(), flag };
}
