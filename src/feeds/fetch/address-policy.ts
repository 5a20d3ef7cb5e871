import { BlockList, isIP } from 'node:net';

/** Why an address may not be fetched; the words end up in a source's health, so they say what it is. */
export type AddressClass =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unique-local'
  | 'shared (CGNAT)'
  | 'unspecified'
  | 'multicast'
  | 'reserved'
  | 'cloud-metadata';

const RANGES: readonly [AddressClass, string, number, 'ipv4' | 'ipv6'][] = [
  ['unspecified', '0.0.0.0', 8, 'ipv4'],
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  ['shared (CGNAT)', '100.64.0.0', 10, 'ipv4'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['reserved', '192.0.0.0', 24, 'ipv4'],
  ['reserved', '198.18.0.0', 15, 'ipv4'],
  ['multicast', '224.0.0.0', 4, 'ipv4'],
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['unspecified', '::', 128, 'ipv6'],
  ['loopback', '::1', 128, 'ipv6'],
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['unique-local', 'fc00::', 7, 'ipv6'],
  ['reserved', 'fec0::', 10, 'ipv6'],
  ['multicast', 'ff00::', 8, 'ipv6'],
];

// Cloud providers answer credentials on these; no intranet setting ever makes them fetchable.
const METADATA = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

// Classes an intranet deployment may reach when it opts in (LEDE_ALLOW_PRIVATE_NETWORK=1).
const PRIVATE_NETWORK: ReadonlySet<AddressClass> = new Set([
  'loopback',
  'private',
  'link-local',
  'unique-local',
  'shared (CGNAT)',
]);

const lists = new Map<AddressClass, BlockList>();
for (const [kind, network, prefix, family] of RANGES) {
  const list = lists.get(kind) ?? new BlockList();
  list.addSubnet(network, prefix, family);
  lists.set(kind, list);
}

/** The class of a non-public address, or null for a public one. IPv4 inside IPv6 is judged as IPv4. */
export function classifyAddress(address: string): AddressClass | null {
  const ip = embeddedIpv4(address) ?? address;
  if (METADATA.has(ip.toLowerCase())) return 'cloud-metadata';
  const family = isIP(ip) === 4 ? 'ipv4' : 'ipv6';
  for (const [kind, list] of lists) if (list.check(ip, family)) return kind;
  return null;
}

export interface AddressPolicy {
  /** Reach private, loopback, link-local and unique-local networks (never cloud metadata). */
  allowPrivateNetwork?: boolean;
  /** Exact addresses allowed whatever their class: lets tests reach 127.0.0.1 and nothing else. */
  allowAddresses?: readonly string[];
}

/** A refusal in words ("10.0.0.5 is a private address"), or null when the address may be fetched. */
export function refusalFor(address: string, policy: AddressPolicy): string | null {
  if (isIP(address) === 0) return `${address} is not an IP address`;
  if (policy.allowAddresses?.includes(address)) return null;
  const kind = classifyAddress(address);
  if (kind === null) return null;
  if (policy.allowPrivateNetwork && PRIVATE_NETWORK.has(kind)) return null;
  return `${address} is ${kind === 'unspecified' ? 'an unspecified' : `a ${kind}`} address`;
}

/** ::ffff:10.0.0.1 and NAT64 64:ff9b::a00:1 reach IPv4 hosts; the IPv4 rules must apply to them. */
function embeddedIpv4(address: string): string | null {
  if (isIP(address) !== 6) return null;
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex?.[1] || !hex[2]) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
