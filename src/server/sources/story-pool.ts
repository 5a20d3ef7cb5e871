import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildStory, type BuildResult, type BuildTask } from './build-story';

/** Where stories are built: on this thread, or on a pool of worker threads. */
export interface StoryBuilder {
  build(task: BuildTask): Promise<BuildResult>;
  close(): Promise<void>;
}

/** On the calling thread: for tests and tools, where the event loop serves no one else. */
export const inlineStoryBuilder: StoryBuilder = {
  build: (task) => Promise.resolve(buildStory(task)),
  close: () => Promise.resolve(),
};

interface Pending {
  id: number;
  task: BuildTask;
  resolve: (result: BuildResult) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | undefined;
}

const WORKER_URL = new URL(`./story-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * The worker as a thread can start it. Lede runs from TypeScript under tsx, whose loader does not
 * reach worker threads, so a .ts worker is started by a line that registers tsx's loader first.
 */
function startWorker(): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true });
}

/**
 * Workers by default: one per core but one, at least one. The server's own thread answers the API
 * and runs the embedded store for every read and write, so it keeps a core; a worker's niced
 * thread yields to it, but the helper threads V8 runs for each worker (collection, compiling) do not.
 */
export const defaultPoolSize = () => Math.max(1, availableParallelism() - 1);

/**
 * Entity extraction and page reading off the server's event loop: `size` worker threads (by
 * default defaultPoolSize()), started on the first story, each with its own model, one story at a
 * time each. A worker that dies fails only the story it held and is replaced.
 */
export function createStoryPool(size = defaultPoolSize()): StoryBuilder {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let closed = false;

  function spawn(): Slot {
    const slot: Slot = { worker: startWorker(), busy: undefined };
    slot.worker.unref();
    slot.worker.on('message', ({ id, result }: { id: number; result: BuildResult }) => {
      if (slot.busy?.id !== id) return;
      const done = slot.busy;
      slot.busy = undefined;
      done.resolve(result);
      pump();
    });
    const fail = (why: string) => {
      const lost = slot.busy;
      slot.busy = undefined;
      slots.splice(slots.indexOf(slot), 1);
      lost?.resolve({ ok: false, error: `the story worker ${why}` });
      pump();
    };
    slot.worker.on('error', (error) => fail(`failed: ${error.message}`));
    slot.worker.on('exit', (code) => {
      if (slots.includes(slot)) fail(`exited with code ${code}`);
    });
    slots.push(slot);
    return slot;
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = slots.find((s) => s.busy === undefined) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const next = queue.shift()!;
      slot.busy = next;
      slot.worker.postMessage({ id: next.id, task: next.task });
    }
  }

  return {
    build(task) {
      if (closed) return Promise.resolve({ ok: false, error: 'the story pool is closed' });
      return new Promise((resolve) => {
        queue.push({ id: (nextId += 1), task, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.resolve({ ok: false, error: 'the story pool is closed' });
      const workers = slots.splice(0);
      for (const { busy } of workers) busy?.resolve({ ok: false, error: 'the story pool is closed' });
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
