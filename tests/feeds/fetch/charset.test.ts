// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeText, detectCharset } from '../../../src/feeds/fetch/charset';
import { windows1252Feed } from '../web/hostile';

describe('charset', () => {
  it('reads windows-1252 named by the Content-Type header', () => {
    const { body, contentType } = windows1252Feed(true);
    expect(decodeText(body, contentType)).toContain('Café “Nord” – 5 €');
  });

  it('reads windows-1252 named only by the XML declaration', () => {
    const { body, contentType } = windows1252Feed(false);
    expect(detectCharset(body, contentType)).toBe('windows-1252');
    expect(decodeText(body, contentType)).toContain('Café “Nord” – 5 €');
  });

  it('a byte order mark wins and is removed', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>é</rss>')]);
    expect(decodeText(bytes, 'text/xml; charset=iso-8859-1')).toBe('<rss>é</rss>');
  });

  it('reads a meta charset in HTML', () => {
    const bytes = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body>\x93hi\x94</body></html>',
      'latin1',
    );
    expect(decodeText(bytes, 'text/html')).toContain('“hi”');
  });

  it('invalid bytes become replacement characters, never an exception', () => {
    const bytes = Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0xc3, 0x28, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(decodeText(bytes, 'text/xml; charset=utf-8')).toBe('<a>\uFFFD\uFFFD\uFFFD(</a>');
    expect(decodeText(Buffer.from('ok'), 'text/xml; charset=no-such-charset')).toBe('ok');
  });
});
