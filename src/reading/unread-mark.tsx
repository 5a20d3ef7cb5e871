/**
 * Marks an unread story beside its headline: a dot for the eye, the word for a screen reader
 * (the headline's weight changes too, so colour is never the only signal).
 */
export function UnreadMark() {
  return (
    <>
      <span
        aria-hidden="true"
        className="mr-2 inline-block size-2.5 shrink-0 rounded-full bg-sky-700 align-middle dark:bg-sky-400"
      />
      <span className="sr-only">Unread: </span>
    </>
  );
}
