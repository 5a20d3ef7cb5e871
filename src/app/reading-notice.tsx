import { useReadingStatus } from '../reading/reading-context';

/** Says, once and plainly, when reading state will not outlive this visit or was found unreadable. */
export function ReadingNotice() {
  const { notice } = useReadingStatus();
  return (
    <div role="status">
      {notice && (
        <p className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {notice}
        </p>
      )}
    </div>
  );
}
