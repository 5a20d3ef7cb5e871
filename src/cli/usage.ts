export const DEFAULT_LEDE_URL = 'http://127.0.0.1:4317';

export const USAGE = `Usage: npm run lede -- <command>

  sources list                      every source with its health
  sources add URL [--name NAME] [--interval MINUTES] [--full-text feed|page]
                                    a feed, or a site whose page names its feed
  sources remove ID                 stop reading it (its stories stay)
  sources pause ID | resume ID      stop or restart its fetches
  sources import FILE               the feeds of an OPML file ('-' reads standard input)
  sources export                    every feed as OPML, on standard output
  refresh [ID]                      fetch one source now, or every feed source

It talks to the running server (start it with npm start), since the embedded database belongs to
that one process.
  LEDE_URL           the server (default ${DEFAULT_LEDE_URL})
  LEDE_ADMIN_TOKEN   the token the server was started with; every command but 'sources list' needs it
`;

/** A mistake in the command line: exit code 2 with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}
