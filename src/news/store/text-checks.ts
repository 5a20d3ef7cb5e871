/** Tag-like text, comments and the elements that run or load things, even unclosed. */
const MARKUP =
  /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!\[CDATA\[|<\s*(?:script|iframe|img|svg|style|object|embed|link|meta)\b/i;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a stored text field is unfit to serve, or null. Lede renders text as text, so markup here
 * means a scraper or a feed passed HTML through; PostgreSQL cannot store NUL, and a lone surrogate
 * would be silently replaced on the way in, moving every mention after it.
 */
export function textProblem(field: string, text: string, max: number): string | null {
  if (text.length > max) return `${field} is longer than ${max.toLocaleString('en')} characters`;
  const markup = MARKUP.exec(text);
  if (markup) return `${field} contains HTML markup ('${markup[0].slice(0, 20)}'); stories are stored as text`;
  if (CONTROL.test(text)) return `${field} contains control characters`;
  if (LONE_SURROGATE.test(text)) return `${field} contains a broken character (a lone UTF-16 surrogate)`;
  return null;
}

/** The first problem among several fields, in the order given. */
export function firstProblem(checks: readonly (readonly [field: string, text: string | undefined, max: number])[]) {
  for (const [field, text, max] of checks) {
    const problem = text === undefined ? null : textProblem(field, text, max);
    if (problem) return problem;
  }
  return null;
}
