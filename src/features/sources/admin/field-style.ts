/** Inputs and selects of the admin forms: the look of the search box, AA borders in both themes. */
export const fieldClass =
  'min-h-11 rounded-md border border-stone-400 bg-white px-3 text-stone-900 dark:border-stone-500 dark:bg-stone-900 dark:text-stone-100';

export const labelClass = 'text-sm font-medium text-stone-800 dark:text-stone-200';

export const alertClass = 'rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100';
