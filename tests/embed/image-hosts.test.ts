import { describe, expect, it, vi } from 'vitest';
import { parseImageHosts } from '../../src/embed/image-hosts';

describe('the image-hosts attribute', () => {
  it('reads host names separated by spaces or commas, as config.json’s imageHosts', () => {
    const warn = vi.fn();
    expect(parseImageHosts(' cdn.portal.example,images.example.com\n  Photos.Example.org ', warn)).toEqual([
      'cdn.portal.example',
      'images.example.com',
      'photos.example.org',
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('is empty when absent or blank', () => {
    expect(parseImageHosts(null)).toEqual([]);
    expect(parseImageHosts('  , ')).toEqual([]);
  });

  it('ignores each entry that is not a bare host name, saying so, and keeps the rest', () => {
    const warn = vi.fn();
    const hosts = parseImageHosts(
      'https://cdn.example/ good.example *.wild.example cdn.example/images 169.254.169.254:80 good.example',
      warn,
    );
    expect(hosts).toEqual(['good.example']);
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringMatching(/^<lede-reader> image-hosts: ignored "https:\/\/cdn\.example\/": must be a bare host name/),
      expect.stringContaining('ignored "*.wild.example"'),
      expect.stringContaining('ignored "cdn.example/images"'),
      expect.stringContaining('ignored "169.254.169.254:80"'),
    ]);
  });
});
