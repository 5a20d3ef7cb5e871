import { isHttpUrl } from '../../news/schema/primitives';

/** A way to the publisher's own page, only ever to an http(s) address and in a new tab. */
export function OriginalLink({ url, sourceName }: { url: string | undefined; sourceName: string }) {
  if (!url || !isHttpUrl(url)) return null;
  return (
    <p className="mt-10 max-w-[65ch] border-t border-stone-200 pt-4 dark:border-stone-800">
      <a
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        className="font-medium text-sky-800 underline underline-offset-4 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
      >
        Read the original at <span dir="auto">{sourceName}</span> <span className="sr-only">(opens in a new tab)</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </p>
  );
}
