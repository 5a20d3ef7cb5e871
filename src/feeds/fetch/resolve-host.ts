import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { type AddressPolicy, refusalFor } from './address-policy';
import { FetchError } from './fetch-error';

/** Hostname -> every address it resolves to. Tests replace it to play DNS without a network. */
export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves once and returns the address the connection must use. The caller pins it (a custom
 * `lookup`), so a second DNS answer (rebinding) can never send the request somewhere unchecked.
 */
export async function resolveAllowed(
  hostname: string,
  policy: AddressPolicy,
  resolver: Resolver = systemResolver,
): Promise<PinnedAddress> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host) !== 0) {
    addresses = [host];
  } else {
    try {
      addresses = await resolver(host);
    } catch {
      throw new FetchError('dns', `the name ${host} does not resolve`);
    }
  }
  if (addresses.length === 0) throw new FetchError('dns', `the name ${host} does not resolve`);
  let firstRefusal = '';
  for (const address of addresses) {
    const refusal = refusalFor(address, policy);
    if (refusal === null) return { address, family: isIP(address) === 6 ? 6 : 4 };
    firstRefusal ||= refusal;
  }
  throw new FetchError('refused', `refused: ${firstRefusal}`);
}
