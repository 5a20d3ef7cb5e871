import type * as v from 'valibot';

/** "publishedAt is not an ISO 8601 date with an offset", "entities.2.type must be one of ..." */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'is invalid';
  const path = issuePath(issues);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${path ? `${path} ` : ''}${first.message}${more}`;
}

/** Where the first issue is: "entities.2.type", or '' for the value itself. */
export function issuePath(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues[0]?.path?.map((item) => String(item.key)).join('.') ?? '';
}
