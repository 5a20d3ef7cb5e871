import { median } from '../bench/stats';
import { kB, ms, seconds, table, target, fixed, type TargetResult } from '../bench/format';
import type { PageRun } from './lighthouse-run';

export interface Series {
  name: string;
  url: string;
  runs: PageRun[];
}

type Metric = 'lcp' | 'tbt' | 'cls' | 'fcp' | 'bytes' | 'bytesBeforeLcp';

export function med(series: Series, key: Metric): number {
  return median(series.runs.map((run) => run[key]));
}

/** Medians side by side, with each series' ratio to the first (the floor). */
export function printMedians(all: readonly Series[]): void {
  const floor = all[0];
  const ratio = (series: Series, key: Metric) =>
    floor && series !== floor ? ` (${(med(series, key) / med(floor, key)).toFixed(2)}x)` : '';
  table([
    ['median of', 'runs', 'LCP', 'FCP', 'TBT', 'CLS', 'bytes before LCP', 'bytes total'],
    ...all.map((s) => [
      s.name,
      String(s.runs.length),
      seconds(med(s, 'lcp')) + ratio(s, 'lcp'),
      seconds(med(s, 'fcp')),
      ms(med(s, 'tbt')),
      fixed(3)(med(s, 'cls')),
      kB(med(s, 'bytesBeforeLcp')) + ratio(s, 'bytesBeforeLcp'),
      kB(med(s, 'bytes')) + ratio(s, 'bytes'),
    ]),
  ]);
  for (const s of all) {
    const elements = new Map<string, number>();
    for (const run of s.runs) elements.set(run.lcpElement, (elements.get(run.lcpElement) ?? 0) + 1);
    for (const [element, count] of elements) console.log(`  ${s.name} LCP element (${count}x): ${element || 'n/a'}`);
  }
}

/** The targets: ratios against the floor measured in the same run. */
export function checkTargets(floor: Series, feed: Series, story: Series | undefined): TargetResult[] {
  const floorLcp = med(floor, 'lcp');
  const feedRatio = med(feed, 'lcp') / floorLcp;
  const bytesRatio = med(feed, 'bytesBeforeLcp') / med(floor, 'bytesBeforeLcp');
  const results = [
    target('feed LCP / floor LCP', feedRatio.toFixed(2), '<= 1.10', feedRatio <= 1.1),
    target('feed TBT', ms(med(feed, 'tbt')), '<= 150 ms', med(feed, 'tbt') <= 150),
    target('feed CLS', fixed(3)(med(feed, 'cls')), '<= 0.02', med(feed, 'cls') <= 0.02),
    target('feed bytes before LCP / floor', bytesRatio.toFixed(2), '<= 1.30', bytesRatio <= 1.3),
  ];
  if (story) {
    const storyRatio = med(story, 'lcp') / floorLcp;
    results.push(target('story LCP / floor feed LCP', storyRatio.toFixed(2), '<= 1.25', storyRatio <= 1.25));
  }
  return results;
}
