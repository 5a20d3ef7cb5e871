/**
 * The part of the scroll benchmark that runs inside the page (page.evaluate serializes it, so it
 * may use only browser globals and its arguments): scroll in requestAnimationFrame-paced steps,
 * wait at the end of the loaded stories for the next page, and record every frame's duration.
 */

export interface InPageOptions {
  steps: number;
  stepPx: number;
  sampleEvery: number;
  waitForMoreMs: number;
  maxMs: number;
  selector: string;
  cardSelector: string;
}

export interface InPageResult {
  frames: number[];
  loafs: number[];
  longTasks: number[];
  domSamples: number[];
  stepsDone: number;
  scrolledPx: number;
  bottomWaits: number;
  bottomWaitMs: number;
  loadMoreClicks: number;
  stalled: boolean;
  timedOut: boolean;
  cards: number;
}

/** Runs inside the page: scroll in rAF-paced steps, wait at the bottom for the next page, record frames. */
export async function scrollInPage(o: InPageOptions): Promise<InPageResult> {
  const raf = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const frames: number[] = [];
  let recording = true;
  let last = await raf();
  const tick = (now: number) => {
    frames.push(now - last);
    last = now;
    if (recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  const loafs: number[] = [];
  const longTasks: number[] = [];
  const observers: PerformanceObserver[] = [];
  for (const [type, into] of [
    ['long-animation-frame', loafs],
    ['longtask', longTasks],
  ] as const) {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => into.push(e.duration)));
      observer.observe({ type, buffered: false });
      observers.push(observer);
    } catch {
      // Entry type not supported by this Chromium.
    }
  }

  const root = document.scrollingElement ?? document.documentElement;
  const atBottom = () => window.scrollY + window.innerHeight >= root.scrollHeight - 2;
  const domSamples: number[] = [document.getElementsByTagName('*').length];
  const started = performance.now();
  const startY = window.scrollY;
  let loadMoreClicks = 0;
  let bottomWaits = 0;
  let bottomWaitMs = 0;
  let stalled = false;
  let timedOut = false;
  let stepsDone = 0;

  for (let i = 0; i < o.steps; i++) {
    if (performance.now() - started > o.maxMs) {
      timedOut = true;
      break;
    }
    if (atBottom()) {
      // The feed is at its end for now: give infinite scroll (or a Load more button) time to add a page.
      const height = root.scrollHeight;
      const waitStart = performance.now();
      let clicked = false;
      while (root.scrollHeight <= height && performance.now() - waitStart < o.waitForMoreMs) {
        if (!clicked && performance.now() - waitStart > 2_000) {
          const button = [...document.querySelectorAll('button')].find(
            (b) =>
              /load more|show more|more stories/i.test(b.textContent ?? '') &&
              !b.disabled &&
              b.getAttribute('aria-disabled') !== 'true',
          );
          if (button) {
            button.click();
            loadMoreClicks++;
            clicked = true;
          }
        }
        await raf();
      }
      bottomWaits++;
      bottomWaitMs += performance.now() - waitStart;
      if (root.scrollHeight <= height) {
        stalled = true;
        break;
      }
    }
    window.scrollBy({ top: o.stepPx, behavior: 'instant' });
    await raf();
    stepsDone++;
    if (stepsDone % o.sampleEvery === 0) domSamples.push(document.getElementsByTagName('*').length);
  }
  // Let the last step's work (a page arriving, rows mounting) show up in the frames.
  for (let i = 0; i < 10; i++) await raf();
  recording = false;
  observers.forEach((observer) => observer.disconnect());
  domSamples.push(document.getElementsByTagName('*').length);
  return {
    frames: frames.slice(1),
    loafs,
    longTasks,
    domSamples,
    stepsDone,
    scrolledPx: window.scrollY - startY,
    bottomWaits,
    bottomWaitMs,
    loadMoreClicks,
    stalled,
    timedOut,
    cards: document.querySelectorAll(o.cardSelector).length || document.querySelectorAll(o.selector).length,
  };
}
