import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface HtmlPage {
  html: string;
  status: number;
  /** What the page shows (page-renderer.ts): pages that show the same share a weak ETag. */
  version: string;
}

/**
 * A rendered page as the response: revalidated on every visit (news arrives at any time) with a
 * weak ETag of what it shows, so an unchanged page costs a 304 and no body; compressed the way
 * the client accepts (the built files are precompressed, a rendered page cannot be).
 */
export function htmlResponse(request: Request, page: HtmlPage, headers: Record<string, string>): Response {
  const { html, status } = page;
  const etag = `W/"${createHash('sha1').update(page.version).digest('base64url')}"`;
  const common = { ...headers, 'cache-control': 'no-cache', etag, vary: 'Accept-Encoding' };
  if (status === 200 && matches(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  const type = { 'content-type': 'text/html; charset=UTF-8' };
  const accepted = request.headers.get('accept-encoding') ?? '';
  const body = request.method === 'HEAD' ? null : html;
  if (body !== null && /\bbr\b/.test(accepted)) {
    // Quality 5: most of brotli's saving at a few milliseconds for a page of this size.
    const compressed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    return new Response(compressed, { status, headers: { ...common, ...type, 'content-encoding': 'br' } });
  }
  if (body !== null && /\bgzip\b/.test(accepted)) {
    return new Response(gzipSync(body, { level: 6 }), {
      status,
      headers: { ...common, ...type, 'content-encoding': 'gzip' },
    });
  }
  return new Response(body, { status, headers: { ...common, ...type } });
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
