/** Shared class lists, so every control in the feature has the same 44px target and focus ring. */
export const smallControl =
  'inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-sky-800 underline-offset-2 hover:bg-sky-50 hover:underline dark:text-sky-300 dark:hover:bg-sky-950';

export const textLink =
  'text-sky-800 underline-offset-2 hover:underline dark:text-sky-300 decoration-sky-800/40 dark:decoration-sky-300/40';

export const muted = 'text-stone-600 dark:text-stone-400';
