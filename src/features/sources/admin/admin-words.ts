import { SourcesClientError } from '../../../news/http/sources-client';

/** A failed admin call in words a person at the reader can act on (the client's own speak to the CLI). */
export function adminErrorWords(error: unknown): string {
  if (!(error instanceof SourcesClientError)) return error instanceof Error ? error.message : String(error);
  switch (error.code) {
    case 'unauthorized':
      return 'The server refused the admin token. Check it and enter it again.';
    case 'read-only':
      return 'This server takes no changes: it was started without LEDE_ADMIN_TOKEN.';
    case 'unreachable':
      return 'The server did not answer. Check your connection and try again.';
    default:
      return error.message;
  }
}
