import { createFixtureSource } from '../news/fixture-source';
import { createHttpSource } from '../news/http/http-source';
import type { RuntimeConfig } from '../news/schema/config';
import type { NewsSource } from '../news/source';

/** Relative API bases resolve against the page (or the embed script), like any other link. */
export function createNewsSource(config: RuntimeConfig, baseUrl: string): NewsSource {
  if (config.apiBaseUrl === null) return createFixtureSource({ dataUrl: new URL('data/', baseUrl).href });
  return createHttpSource({ baseUrl: new URL(config.apiBaseUrl, baseUrl).href });
}
