import { useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useSlashShortcut } from './use-slash-shortcut';

const DEBOUNCE_MS = 250;

/** The feed's text search, in the banner on every page: typing filters the feed as you go. */
export function SearchBox() {
  const navigate = useNavigate();
  const urlQ = useSearch({ strict: false, select: (search) => search.q ?? '' });
  const onFeed = useLocation({ select: (location) => location.pathname === '/' });
  const [value, setValue] = useState(urlQ);
  const [seenQ, setSeenQ] = useState(urlQ);
  const [sentQ, setSentQ] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const id = useId();
  useSlashShortcut(inputRef);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The URL changed under the field (back button, a removed chip, a link): show what it says now,
  // unless it is only the search this field just sent catching up with what is typed.
  if (urlQ !== seenQ) {
    setSeenQ(urlQ);
    if (urlQ !== sentQ && urlQ !== value.trim()) setValue(urlQ);
  }

  const commit = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim();
    if (q === urlQ && onFeed) return;
    setSentQ(q);
    void navigate({
      to: '/',
      search: (prev) => ({ ...prev, q: q || undefined }),
      // Refining a search replaces its history entry; starting or clearing one adds an entry.
      replace: onFeed && urlQ !== '' && q !== '',
    });
  };

  return (
    <form
      role="search"
      aria-label="Stories"
      className="relative"
      onSubmit={(event) => {
        event.preventDefault();
        commit(value);
      }}
    >
      <label htmlFor={id} className="sr-only">
        Search stories
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={value}
        placeholder="Search stories"
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
        className="peer min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 text-base text-stone-900 placeholder:text-stone-500 @2xl:pr-10 dark:border-stone-600 dark:bg-stone-950 dark:text-stone-100 dark:placeholder:text-stone-400"
        onChange={(event) => {
          const text = event.target.value;
          setValue(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || value === '') return;
          event.preventDefault();
          setValue('');
          commit('');
        }}
      />
      {value === '' && (
        <kbd
          aria-hidden="true"
          title="Press / to search"
          className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded border border-stone-300 px-1.5 font-mono text-xs text-stone-600 peer-focus:hidden @2xl:block dark:border-stone-600 dark:text-stone-400"
        >
          /
        </kbd>
      )}
    </form>
  );
}
