import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';

/**
 * Share with the system's share sheet where there is one (phones, some desktops); elsewhere copy
 * the link, and if even that is refused, show the link to copy by hand. The link is the reader's
 * own address for the story, resolved through its router (the embed may use other history).
 */
export function ShareButton({ title, className }: { title: string; className: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ copied: boolean; url: string } | null>(null);

  const share = async () => {
    const url = new URL(router.history.createHref(router.state.location.href), window.location.href).href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ copied: true, url });
    } catch {
      setStatus({ copied: false, url });
    }
  };

  return (
    <>
      <button type="button" className={className} onClick={() => void share()}>
        <span aria-hidden="true" className="mr-1">
          ↗
        </span>
        Share
      </button>
      <span role="status" className="flex items-center text-sm">
        {status?.copied && 'Link copied'}
        {status && !status.copied && (
          <label className="flex items-center gap-2">
            Copy this link:
            <input
              readOnly
              value={status.url}
              onFocus={(event) => event.currentTarget.select()}
              className="min-h-9 w-64 rounded border border-stone-300 bg-white px-2 dark:border-stone-600 dark:bg-stone-950"
            />
          </label>
        )}
      </span>
    </>
  );
}
