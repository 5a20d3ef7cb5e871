import json from './ner-model.json';
import { FEATURE_SET } from './features';
import { loadModel, type LinearModel } from './model';

let model: LinearModel | null = null;

/**
 * The model trained by `npm run train:ner`, parsed on first use. Import this module only where
 * the weights may load: the browser's worker imports it dynamically, so they are their own chunk.
 */
export function shippedModel(): LinearModel {
  model ??= loadModel(json, FEATURE_SET);
  return model;
}
