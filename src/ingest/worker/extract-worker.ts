import { detectEntities } from './detect-entities';
import type { DetectRequest, DetectResponse } from './protocol';

// The project compiles against the DOM library, where `self` is a Window; this is the part of a
// dedicated worker's global scope the worker uses.
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<DetectRequest>) => void): void;
  postMessage(message: DetectResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  try {
    scope.postMessage({ id: data.id, entities: detectEntities(data.paragraphs, data.title) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
});
