/**
 * What runs inside the page: an init script that records long tasks, when the story's data
 * arrived (its body read by the app), when its headline and its last paragraph first showed, and
 * a hover probe. Kept as plain functions that Playwright serializes, so they close over nothing.
 */

export interface InPageState {
  longTasks: [start: number, duration: number][];
  arrivedAt: number | null;
  shownAt: number | null;
  completeAt: number | null;
  hover: { start: number; end: number | null } | null;
}

declare global {
  interface Window {
    __bigStory?: InPageState;
  }
}

export function installRecorder({ articlePath, sentinel }: { articlePath: string; sentinel: string }): void {
  const state: InPageState = { longTasks: [], arrivedAt: null, shownAt: null, completeAt: null, hover: null };
  window.__bigStory = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });

  // "Arrived" is when the app has the whole body in hand, not when the headers came.
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith(articlePath)) return response;
    const text = response.text.bind(response);
    response.text = async () => {
      const body = await text();
      state.arrivedAt = performance.now();
      return body;
    };
    return response;
  };

  // Checked once a frame: the time recorded is the first frame that could paint it.
  const poll = () => {
    const story = document.querySelector('[data-current-story]');
    if (story && state.shownAt === null && story.querySelector('h1')) state.shownAt = performance.now();
    if (story && state.completeAt === null) {
      const paragraphs = story.querySelectorAll('p');
      for (let i = paragraphs.length - 1; i >= Math.max(0, paragraphs.length - 3); i--) {
        if (paragraphs[i]?.textContent === sentinel) state.completeAt = performance.now();
      }
    }
    if (state.completeAt === null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Arms the hover probe: from the pointer reaching a mark (its input timestamp) to the frame after its card exists. */
export function armHover(): void {
  const state = window.__bigStory;
  if (!state) return;
  const onOver = (event: PointerEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('mark')) return;
    document.removeEventListener('pointerover', onOver, true);
    state.hover = { start: event.timeStamp, end: null };
    const check = () => {
      if (document.querySelector('[role="dialog"]') && state.hover) state.hover.end = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  document.addEventListener('pointerover', onOver, true);
}
