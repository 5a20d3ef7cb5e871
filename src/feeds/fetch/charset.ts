import { TextDecoder } from 'node:util';

/**
 * Bytes -> text with the charset the document declares: a byte order mark first, then the
 * Content-Type header, then the XML declaration or an HTML meta tag, else UTF-8. Bytes that are
 * invalid in that charset become U+FFFD; decoding never throws.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const decoder = decoderFor(bomCharset(bytes) ?? headerCharset(contentType) ?? documentCharset(bytes) ?? 'utf-8');
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

// Node 20's decoder reads windows-1252 as latin1, turning curly quotes, dashes and the euro sign
// into control characters; this is the standard's table for the bytes where the two differ.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The charset that decodeText uses, for diagnostics and tests. */
export function detectCharset(bytes: Uint8Array, contentType: string | null): string {
  return decoderFor(bomCharset(bytes) ?? headerCharset(contentType) ?? documentCharset(bytes) ?? 'utf-8').encoding;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function headerCharset(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function documentCharset(bytes: Uint8Array): string | null {
  // Declarations are ASCII and sit at the start; latin1 reads any byte without failing.
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: false });
  } catch {
    // An unknown or misspelt label: UTF-8 is what most such documents really are.
    return new TextDecoder('utf-8', { fatal: false });
  }
}
