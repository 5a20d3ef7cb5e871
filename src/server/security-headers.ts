import type { MiddlewareHandler } from 'hono';

export interface SecurityPolicyOptions {
  /** Hosts (e.g. images.example.com) the reader may load story images from besides its own origin. */
  imageHosts: readonly string[];
  /** The API's origin when it is not this server's own. */
  apiOrigin: string | undefined;
  /** Who may frame the reader: CSP source expressions, `'self'` unless LEDE_FRAME_ANCESTORS says otherwise. */
  frameAncestors: readonly string[];
  /** CSP hashes of the built pages' own inline scripts (src/server/inline-scripts.ts). */
  scriptHashes?: readonly string[];
  /**
   * Sources img-src allows besides 'self', data: and the image hosts. The static build's meta
   * policy adds `https:` so the reader's "Load image" can fetch what a person asks for.
   */
  extraImageSources?: readonly string[];
}

/** The one Trusted Types policy the reader creates (src/ui/trusted-types.ts); any other name is refused. */
export const TRUSTED_TYPES_POLICIES = ['default'] as const;

/**
 * The reader's Content Security Policy. Scripts and styles come only from Lede's origin; React's
 * `style` attributes (virtualized lists and measured sizes set them) need `style-src-attr
 * 'unsafe-inline'`, which allows attributes only, never a <style> element or a stylesheet from
 * elsewhere. Every string that reaches a script sink must pass a named Trusted Types policy.
 */
export function contentSecurityPolicy(options: SecurityPolicyOptions): string {
  return serialize(policyDirectives(options));
}

/** Directives a `<meta http-equiv>` policy cannot carry: browsers ignore them there. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The same policy for a `<meta http-equiv="Content-Security-Policy">`: what a meta tag can carry. */
export function metaContentSecurityPolicy(options: Omit<SecurityPolicyOptions, 'frameAncestors'>): string {
  return serialize(policyDirectives({ ...options, frameAncestors: [] }).filter(([name]) => !HEADER_ONLY.has(name)));
}

function serialize(directives: readonly (readonly string[])[]): string {
  return directives.map((parts) => parts.join(' ')).join('; ');
}

function policyDirectives(options: SecurityPolicyOptions): [string, ...string[]][] {
  const images = [...options.imageHosts.map((host) => `https://${host}`), ...(options.extraImageSources ?? [])];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(options.scriptHashes ?? [])],
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['img-src', "'self'", 'data:', ...images],
    ['connect-src', "'self'", ...(options.apiOrigin ? [options.apiOrigin] : [])],
    ['frame-ancestors', ...(options.frameAncestors.length > 0 ? options.frameAncestors : ["'self'"])],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['form-action', "'self'"],
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', ...TRUSTED_TYPES_POLICIES],
  ];
  return directives;
}

/**
 * The demo portal (public/embed-demo.html) plays a third party's page, inline script and hostile
 * CSS included: it is not the reader, so the reader's policy would only break the demonstration.
 */
const DEMO_PORTAL = '/embed-demo.html';

/** The headers every response of the reader carries (the API sets its own). */
export function securityHeaders(options: SecurityPolicyOptions): MiddlewareHandler {
  const policy = contentSecurityPolicy(options);
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    // A page the server rendered names the inline scripts it carries (src/server/render/).
    const rendered = c.get('inlineScriptHashes') ?? [];
    const extra = rendered.filter((hash) => !options.scriptHashes?.includes(hash));
    const scriptHashes = [...(options.scriptHashes ?? []), ...new Set(extra)];
    const pagePolicy = extra.length > 0 ? contentSecurityPolicy({ ...options, scriptHashes }) : policy;
    if (c.req.path !== DEMO_PORTAL) headers.set('content-security-policy', pagePolicy);
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'no-referrer');
    headers.set('cross-origin-opener-policy', 'same-origin');
    headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  };
}
