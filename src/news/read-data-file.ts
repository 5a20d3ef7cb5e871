import { NewsError } from './errors';

/**
 * One file of the bundled corpus as JSON, or undefined when it does not exist: a 404, or the
 * HTML page a single-page host answers for any missing path. Anything else that is not JSON, or
 * a failed request, is an error a person can act on.
 */
export async function readDataFile(fetch: typeof globalThis.fetch, folder: string, file: string): Promise<unknown> {
  const url = new URL(file, folder).href;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new NewsError(
      'network',
      `The bundled stories could not be loaded (${file}); check your connection and retry.`,
      { cause },
    );
  }
  if (response.status === 404 || (response.headers.get('content-type') ?? '').startsWith('text/html')) {
    return undefined;
  }
  if (!response.ok) {
    throw new NewsError('http', `The bundled stories could not be loaded: ${file} answered ${response.status}.`, {
      status: response.status,
    });
  }
  try {
    return (await response.json()) as unknown;
  } catch (cause) {
    throw new NewsError('invalid-data', `${file} is not valid JSON; rebuild it with npm run corpus.`, { cause });
  }
}
