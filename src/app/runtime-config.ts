import { NewsError } from '../news/errors';
import type { RuntimeConfig } from '../news/schema/config';
import { describeIssues } from '../news/describe-issues';
import { imagePolicyFor, type ImagePolicy } from '../news/image-policy';

/**
 * config.json beside index.html decides, at run time, where stories come from. A missing file means
 * the build's default (VITE_API_BASE_URL, else the bundled corpus); a broken one is an error the
 * reader sees, because silently falling back would show the wrong news.
 */
export async function loadRuntimeConfig(
  configUrl: string,
  buildDefault: string | null,
  fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
): Promise<RuntimeConfig> {
  const fallback: RuntimeConfig = { apiBaseUrl: buildDefault };
  // The schema, and the validator with it, loads beside config.json rather than in the first download.
  const schema = import('../news/schema/config');
  schema.catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(configUrl, { cache: 'no-cache' });
  } catch {
    return fallback;
  }
  if (response.status === 404) return fallback;
  if (!response.ok) throw configError(`config.json could not be read (HTTP ${response.status}).`);

  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw configError('config.json is not valid JSON. Expected something like {"apiBaseUrl": null}.');
  }
  const parsed = (await schema).parseRuntimeConfig(data);
  if (!parsed.success) {
    throw configError(
      `config.json: ${describeIssues(parsed.issues)}. Use {"apiBaseUrl": null} for the bundled stories or {"apiBaseUrl": "https://your.server/api"}.`,
    );
  }
  return parsed.output;
}

function configError(message: string): NewsError {
  return new NewsError('config', message);
}

/** The page's origin, its API's and config.json's imageHosts: where story images load unasked. */
export function configImagePolicy(config: RuntimeConfig, base: string): ImagePolicy {
  return imagePolicyFor({
    pageUrl: base,
    sourceUrls: config.apiBaseUrl === null ? [] : [config.apiBaseUrl],
    imageHosts: config.imageHosts,
  });
}

export function buildTimeApiBase(): string | null {
  const value: unknown = import.meta.env.VITE_API_BASE_URL;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
