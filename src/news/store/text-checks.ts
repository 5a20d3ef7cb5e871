import type { RepairLog } from '../repair/repair-log';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Deeper than any field of a story or an entity record: what lies below is never read, and a
 * hostile nesting must not exhaust the stack.
 */
const MAX_DEPTH = 6;

/**
 * A copy of what was sent with every string made storable. PostgreSQL cannot hold NUL, and a lone
 * UTF-16 surrogate would be replaced on the way in; other control characters have no place in
 * news. Each is replaced by one character (a space, or U+FFFD for a broken one), so lengths and
 * every mention and link offset stay as sent. Markup is left alone: Lede stores and renders text
 * as text, so `<script>` in a title is only the word a story is about.
 */
export function storableStrings(value: unknown, log: RepairLog, path = '', depth = 0): unknown {
  if (typeof value === 'string') return storableText(value, path, log);
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    return items.map((item, index) => storableStrings(item, log, at(index), depth + 1));
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, storableStrings(item, log, at(key), depth + 1)]),
  );
}

function storableText(text: string, field: string, log: RepairLog): string {
  let result = text;
  // search, not test: these patterns are global, and test would carry lastIndex between strings.
  if (result.search(CONTROL) >= 0) {
    result = result.replace(CONTROL, ' ');
    log.note(field, 'contains control characters; each replaced by a space');
  }
  if (result.search(LONE_SURROGATE) >= 0) {
    result = result.replace(LONE_SURROGATE, '\ufffd');
    log.note(field, 'contains a broken character (a lone UTF-16 surrogate); replaced by U+FFFD');
  }
  return result;
}
