import { describe, expect, it } from 'vitest';
import { imageAccess, imagePolicyFor } from '../../src/news/image-policy';

const policy = imagePolicyFor({
  pageUrl: 'https://reader.example/articles/x',
  sourceUrls: ['https://api.example/api/'],
  imageHosts: ['images.example.com'],
});

describe('imageAccess', () => {
  it.each([
    'https://reader.example/data/images/a.jpg',
    'https://api.example/api/media?url=https%3A%2F%2Fpics.example%2Fa.jpg&sig=abc',
    'https://images.example.com/a.jpg',
    '/data/images/a.jpg',
    '/api/media?url=https%3A%2F%2Fpics.example%2Fa.jpg&sig=abc',
    '../data/images/a.jpg',
  ])('loads %s unasked', (url) => expect(imageAccess(url, policy)).toEqual({ kind: 'load' }));

  it.each([
    ['https://tracker.example/pixel.gif', 'tracker.example'],
    ['http://images.example.com/a.jpg', 'images.example.com'],
    ['https://images.example.com.evil.example/a.jpg', 'images.example.com.evil.example'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['https://reader.example:8443/a.jpg', 'reader.example'],
    ['http://reader.example/a.jpg', 'reader.example'],
  ])('asks before loading %s', (url, host) => expect(imageAccess(url, policy)).toEqual({ kind: 'ask', host }));

  it.each(['javascript:alert(1)', 'data:image/png;base64,AAAA', '//tracker.example/p.gif', '/\\tracker.example/p', ''])(
    'never loads %s',
    (url) => expect(imageAccess(url, policy)).toEqual({ kind: 'refuse' }),
  );
});

describe('imagePolicyFor', () => {
  it('takes the page’s and the sources’ origins once each, relative sources resolved against the page', () => {
    expect(
      imagePolicyFor({ pageUrl: 'https://reader.example/', sourceUrls: ['/api', 'https://reader.example/data/'] }),
    ).toEqual({ origins: ['https://reader.example'], hosts: [] });
  });
});
