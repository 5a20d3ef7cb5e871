import * as v from 'valibot';
import { describeIssues } from '../../src/news/describe-issues';
import { RuntimeConfigSchema, type RuntimeConfig } from '../../src/news/schema/config';
import { inlineScriptHashesOf } from '../../src/server/inline-scripts';
import { metaContentSecurityPolicy } from '../../src/server/security-headers';

const META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/gi;
const CHARSET = /<meta\s+charset="[^"]*"\s*\/?>/i;

/** dist/config.json, read with the reader's own schema: a build never ships a config the reader refuses. */
export function readBuildConfig(text: string): RuntimeConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('config.json is not valid JSON');
  }
  const parsed = v.safeParse(RuntimeConfigSchema, data);
  if (!parsed.success) throw new Error(`config.json: ${describeIssues(parsed.issues)}`);
  return parsed.output;
}

/**
 * One page's meta policy: the server's policy (src/server/security-headers.ts) minus what a meta
 * tag cannot carry, allowing exactly this page's inline scripts. A backend on another origin joins
 * connect-src; img-src names config.json's image hosts and takes any https image besides, because
 * with no server to proxy them the reader's "Load image" fetches what the person asks for (the
 * reader itself loads only allow-listed hosts unasked).
 */
export function pagePolicy(html: string, config: RuntimeConfig): string {
  const api = config.apiBaseUrl;
  return metaContentSecurityPolicy({
    imageHosts: config.imageHosts ?? [],
    extraImageSources: ['https:'],
    apiOrigin: api && /^https?:\/\//i.test(api) ? new URL(api).origin : undefined,
    scriptHashes: inlineScriptHashesOf(html),
  });
}

/**
 * The page with its policy as the first thing in <head> after the charset, so it governs every
 * script and stylesheet after it. Run again, it replaces its earlier tag: the result is the same.
 */
export function withMetaPolicy(html: string, config: RuntimeConfig): string {
  const bare = html.replace(META, '');
  const policy = pagePolicy(bare, config).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (CHARSET.test(bare)) return bare.replace(CHARSET, (charset) => `${charset}\n    ${tag}`);
  if (/<head[^>]*>/i.test(bare)) return bare.replace(/<head[^>]*>/i, (head) => `${head}${tag}`);
  throw new Error('the page has no <head> to put its policy in');
}
