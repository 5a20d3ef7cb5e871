import { createEntityDetector } from '../ingest/worker/extract-client';
import { createHttpSource } from '../news/http/http-source';
import type { NewsSource } from '../news/source';
import { withEntityDetection } from './entity-detection';

/**
 * A backend's stories, with entities detected in a Web Worker for those sent without any. One
 * chunk, loaded only when the config picks a backend; the worker starts only when first needed.
 */
export function createBackendSource(baseUrl: string): NewsSource {
  return withEntityDetection(createHttpSource({ baseUrl }), createEntityDetector());
}
