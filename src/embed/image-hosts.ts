import * as v from 'valibot';
import { ImageHostSchema } from '../news/schema/config';

/**
 * The `image-hosts` attribute: host names separated by spaces or commas, each read as config.json's
 * `imageHosts` are (bare names, https only). A name that is not one is left out and said in the
 * console, so a typo costs one host, never the reader, and never widens what loads unasked.
 */
export function parseImageHosts(value: string | null, warn: (message: string) => void = console.warn): string[] {
  if (value === null) return [];
  const hosts: string[] = [];
  for (const word of value.split(/[\s,]+/)) {
    if (word === '') continue;
    const parsed = v.safeParse(ImageHostSchema, word);
    if (!parsed.success) {
      warn(`<lede-reader> image-hosts: ignored "${word}": ${parsed.issues[0].message}.`);
      continue;
    }
    if (!hosts.includes(parsed.output)) hosts.push(parsed.output);
  }
  return hosts;
}
