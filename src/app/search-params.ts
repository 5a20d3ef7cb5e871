/**
 * Plain query strings (`?entity=nato&entity=sweden&q=defence`) instead of the router's JSON
 * encoding: links stay readable, and a backend or a person can write them by hand.
 */
export type RawSearch = Record<string, string | string[]>;

export function parseSearch(search: string): RawSearch {
  const result: RawSearch = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
