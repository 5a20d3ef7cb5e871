import type { ImportReport, NewSource, RefreshReport, SourcePatch, SourceRecord } from '../schema/source-record';

/**
 * What the admin routes under /sources do, given by the server (its store, fetcher and scheduler);
 * the API handler only parses requests and shapes answers. Without one, the routes are read-only.
 */
export interface SourceAdmin {
  add(input: NewSource): Promise<SourceRecord>;
  update(id: string, patch: SourcePatch): Promise<SourceRecord>;
  /** False when there is no such source. Its stories stay. */
  remove(id: string): Promise<boolean>;
  refresh(id: string): Promise<RefreshReport>;
  importOpml(opml: string): Promise<ImportReport>;
  exportOpml(): Promise<string>;
}

/** A refusal with its HTTP status and Error code ("conflict", "not_a_feed", "fetch_failed", "busy"). */
export class SourceAdminError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceAdminError';
  }
}

export function isSourceAdminError(error: unknown): error is SourceAdminError {
  return error instanceof SourceAdminError;
}
