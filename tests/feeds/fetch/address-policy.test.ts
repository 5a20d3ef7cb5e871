import { describe, expect, it } from 'vitest';
import { classifyAddress, refusalFor } from '../../../src/feeds/fetch/address-policy';

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.4.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['169.254.10.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['169.254.169.254', 'cloud-metadata'],
    ['fd00:ec2::254', 'cloud-metadata'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:7f00:1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'cloud-metadata'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(['93.184.216.34', '2606:4700::1111', '8.8.8.8', '172.32.0.1'])('%s is public', (address) => {
    expect(classifyAddress(address)).toBeNull();
  });

  it('says why in words', () => {
    expect(refusalFor('10.0.0.5', {})).toBe('10.0.0.5 is a private address');
    expect(refusalFor('0.0.0.0', {})).toBe('0.0.0.0 is an unspecified address');
  });

  it('lets an intranet reach private networks but never cloud metadata', () => {
    expect(refusalFor('10.0.0.5', { allowPrivateNetwork: true })).toBeNull();
    expect(refusalFor('127.0.0.1', { allowPrivateNetwork: true })).toBeNull();
    expect(refusalFor('169.254.169.254', { allowPrivateNetwork: true })).toBe(
      '169.254.169.254 is a cloud-metadata address',
    );
    expect(refusalFor('fd00:ec2::254', { allowPrivateNetwork: true })).toMatch(/cloud-metadata/);
  });

  it('allows exactly the listed addresses and nothing near them', () => {
    const policy = { allowAddresses: ['127.0.0.1'] };
    expect(refusalFor('127.0.0.1', policy)).toBeNull();
    expect(refusalFor('127.0.0.2', policy)).toBe('127.0.0.2 is a loopback address');
    expect(refusalFor('10.0.0.5', policy)).toBe('10.0.0.5 is a private address');
  });
});
