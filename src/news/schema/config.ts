import * as v from 'valibot';

/** config.json beside index.html: null means the bundled corpus, a string is a backend's base URL. */
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
});

export type RuntimeConfig = v.InferOutput<typeof RuntimeConfigSchema>;
