import { useState } from 'react';
import type { NewsSource } from '../../../news/source';

/**
 * The admin token, per reader (keyed by its source), in memory only: it survives moving around the
 * reader but not a reload, and never reaches the URL, localStorage or the embedding page's storage.
 */
const tokens = new WeakMap<NewsSource, string>();

export function useAdminToken(source: NewsSource): [string | null, (token: string | null) => void] {
  const [token, setToken] = useState<string | null>(() => tokens.get(source) ?? null);
  const update = (next: string | null) => {
    if (next === null) tokens.delete(source);
    else tokens.set(source, next);
    setToken(next);
  };
  return [token, update];
}
