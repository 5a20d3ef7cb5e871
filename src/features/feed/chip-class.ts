/** One look for every chip in the feed: a filter that is on is tinted
 * and edged in blue (as in the entity sidebar), one that is off is plain. */
export function chipClass(on: boolean): string {
  const base =
    'inline-flex min-h-8 items-center gap-1 rounded-full border px-3 text-sm font-medium no-underline hover:underline';
  return on
    ? `${base} border-sky-700 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100`
    : `${base} border-stone-300 bg-white text-stone-800 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200`;
}
