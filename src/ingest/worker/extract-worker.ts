import type { LinearModel } from '../model/model';
import { detectEntities } from './detect-entities';
import type { DetectRequest, DetectResponse } from './protocol';

// The project compiles against the DOM library, where `self` is a Window; this is the part of a
// dedicated worker's global scope the worker uses.
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<DetectRequest>) => void): void;
  postMessage(message: DetectResponse): void;
}

const scope = self as unknown as WorkerScope;

// The weights are their own chunk, fetched with the first story that needs detection.
let model: Promise<LinearModel> | null = null;
const loaded = () => (model ??= import('../model/shipped-model').then((module) => module.shippedModel()));

const failure = (id: number, error: unknown): DetectResponse => ({
  id,
  error: error instanceof Error ? error.message : String(error),
});

scope.addEventListener('message', ({ data }) => {
  loaded().then(
    (weights) => {
      try {
        scope.postMessage({ id: data.id, entities: detectEntities(data.paragraphs, data.title, weights) });
      } catch (error) {
        scope.postMessage(failure(data.id, error));
      }
    },
    (error: unknown) => {
      // A model that failed to load may load next time (a network blip): do not keep the failure.
      model = null;
      scope.postMessage(failure(data.id, error));
    },
  );
});
