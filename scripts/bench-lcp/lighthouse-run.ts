import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROME_FLAGS } from '../bench/lighthouse';
import { killGroup, trackGroup } from '../bench/cleanup';

export type FormFactor = 'mobile' | 'desktop';

export interface PageRun {
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  /** Everything the page downloaded (Lighthouse's total byte weight, compressed as sent). */
  bytes: number;
  /** What had arrived by the (unthrottled) largest paint: the cost of the first story. */
  bytesBeforeLcp: number;
  lcpElement: string;
  warnings: string[];
}

type Audits = Record<string, { numericValue?: number; details?: unknown } | undefined>;

interface RequestItem {
  url?: string;
  networkEndTime?: number;
  transferSize?: number;
}

function items(details: unknown): unknown[] {
  const list = (details as { items?: unknown[] } | undefined)?.items;
  return Array.isArray(list) ? list : [];
}

/** The LCP element's audit nests a table of the element inside a list; find its node wherever it is. */
function describeLcpElement(details: unknown): string {
  for (const item of items(details)) {
    const node = (item as { node?: { nodeLabel?: string; selector?: string } }).node;
    if (node) return `${node.selector ?? '?'}: "${(node.nodeLabel ?? '').slice(0, 60)}"`;
    const inner = describeLcpElement(item);
    if (inner) return inner;
  }
  return '';
}

function bytesBefore(audits: Audits): number {
  const observed = items(audits.metrics?.details)[0] as { observedLargestContentfulPaint?: number } | undefined;
  const lcpAt = observed?.observedLargestContentfulPaint ?? Number.POSITIVE_INFINITY;
  return (items(audits['network-requests']?.details) as RequestItem[])
    .filter((request) => (request.networkEndTime ?? Number.POSITIVE_INFINITY) <= lcpAt)
    .reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
}

/** One cold load in a fresh Chromium profile: Lighthouse 12 simulated throttling (slow 4G, 4x CPU on mobile). */
export async function runPage(url: string, chromePath: string, formFactor: FormFactor): Promise<PageRun> {
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const untrack = trackGroup(chrome.pid);
  try {
    const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const };
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, { ...flags, onlyCategories: ['performance'] }, config);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audits = lhr.audits as Audits;
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      fcp: value('first-contentful-paint'),
      bytes: value('total-byte-weight'),
      bytesBeforeLcp: bytesBefore(audits),
      lcpElement: describeLcpElement(audits['largest-contentful-paint-element']?.details),
      warnings: lhr.runWarnings.map(String),
    };
  } finally {
    chrome.kill();
    killGroup(chrome.pid, 'SIGKILL');
    untrack();
  }
}
