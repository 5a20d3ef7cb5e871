import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { buildStory, type BuildTask } from './build-story';

/**
 * A worker of the story pool: builds one story per message. The model loads on the first story
 * and stays for the worker's life. Its thread runs at a lower priority than the server's own
 * (on Linux a nice value is per thread), so requests are answered first when cores are short.
 */
try {
  setPriority(Math.min(19, getPriority() + 10));
} catch {
  // Not allowed or not supported here: the worker still runs, at the process's priority.
}

parentPort?.on('message', ({ id, task }: { id: number; task: BuildTask }) => {
  parentPort?.postMessage({ id, result: buildStory(task) });
});
