const noteClass =
  'mt-4 rounded-md border border-stone-200 px-4 py-3 text-sm text-stone-800 dark:border-stone-800 dark:text-stone-200';
const codeClass = 'rounded bg-stone-100 px-1 font-mono text-[0.85em] dark:bg-stone-800';

/** Said instead of the management controls on a server that takes no changes: who manages them, and how. */
export function ReadOnlyNote() {
  return (
    <p className={noteClass}>
      Sources on this server are managed by its operator: it runs read-only, without an admin token. To add or change
      sources, the operator starts the server with <code className={codeClass}>LEDE_ADMIN_TOKEN</code> set, then uses
      the admin controls here or the command line, <code className={codeClass}>npm run lede -- sources add URL</code>.
    </p>
  );
}

/** Said with the bundled stories: the list is their publishers, and feeds belong to a Lede server. */
export function BundledNote() {
  return (
    <p className={noteClass}>
      This reader shows the stories bundled with it, without a Lede server, so the sources below are their publishers
      and are never fetched. Feeds to subscribe to belong to a Lede server: run one with{' '}
      <code className={codeClass}>npm start</code> and point the reader at its API (
      <code className={codeClass}>apiBaseUrl</code> in config.json, or the embed&apos;s{' '}
      <code className={codeClass}>api-base</code> attribute) to see and manage them.
    </p>
  );
}
