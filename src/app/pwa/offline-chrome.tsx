import { OfflineNotice } from './offline-notice';
import { UpdatePrompt } from './update-prompt';

/** What offline support shows inside the reader: the offline banner and the update prompt. */
export function OfflineChrome() {
  return (
    <>
      <OfflineNotice />
      <UpdatePrompt />
    </>
  );
}
