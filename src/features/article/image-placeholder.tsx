import { useId } from 'react';

interface ImagePlaceholderProps {
  alt: string;
  host: string;
  /** The image's own box, so loading it later moves nothing around it. */
  className: string;
  onLoad: () => void;
}

/**
 * Stands in for an image on another host: what it shows (its alt text), where it would come from,
 * and a button that loads it. Until then the browser sends that host nothing.
 */
export function ImagePlaceholder({ alt, host, className, onLoad }: ImagePlaceholderProps) {
  const describedBy = useId();
  return (
    <div
      className={`${className} flex flex-col items-center justify-center gap-2 overflow-hidden border border-dashed border-stone-400 p-4 text-center dark:border-stone-600`}
    >
      <p id={describedBy} className="line-clamp-3 max-w-prose text-sm text-stone-800 dark:text-stone-200">
        <span className="sr-only">Image not loaded:</span>{' '}
        <span dir="auto">{alt.trim() || 'An image without a description'}</span>
      </p>
      <p className="line-clamp-1 text-xs text-stone-600 dark:text-stone-400">
        From <span dir="auto">{host}</span>, not loaded without asking
      </p>
      <button
        type="button"
        aria-describedby={describedBy}
        onClick={onLoad}
        className="inline-flex min-h-8 items-center rounded-full border border-stone-400 bg-white px-3 text-sm font-medium text-stone-800 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-200 dark:hover:bg-stone-800"
      >
        Load image
      </button>
    </div>
  );
}
