import * as v from 'valibot';

const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/** A host the reader may load story images from (https only), as a bare name: images.example.com. */
export const ImageHostSchema = v.pipe(
  v.string('must be a host name'),
  v.trim(),
  v.toLowerCase(),
  v.regex(HOST_NAME, 'must be a bare host name like images.example.com (no scheme, path or wildcard)'),
);

/**
 * config.json beside index.html: `apiBaseUrl` null means the bundled corpus, a string is a
 * backend's base URL; `imageHosts` are the hosts besides the reader's own origin (and its API's)
 * whose story images load without asking (the static build's CSP allows them too).
 */
export const RuntimeConfigSchema = v.object({
  apiBaseUrl: v.nullable(
    v.pipe(
      v.string('must be a string or null'),
      v.check(
        (value) => /^(?:https?:\/\/|\/|\.{1,2}\/)/.test(value),
        'must be an http(s) URL or a path starting with /',
      ),
    ),
  ),
  imageHosts: v.optional(v.array(ImageHostSchema, 'must be a list of host names')),
});

export type RuntimeConfig = v.InferOutput<typeof RuntimeConfigSchema>;

export function parseRuntimeConfig(data: unknown) {
  return v.safeParse(RuntimeConfigSchema, data);
}
