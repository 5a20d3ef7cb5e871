import { isAbsolute, resolve } from 'node:path';
import * as v from 'valibot';
import { describeIssues } from '../news/describe-issues';

export interface ServerConfig {
  host: string;
  port: number;
  /** Where the embedded database keeps its files; unused when databaseUrl is set. */
  dataDir: string;
  /** A PostgreSQL server instead of the embedded database. */
  databaseUrl: string | undefined;
  /** Without one the server is read-only: every admin route answers 403. */
  adminToken: string | undefined;
  corsOrigins: '*' | string[];
  /** Requests per minute each client may make to /api (a burst of that many, refilled evenly). */
  rateLimitPerMinute: number;
  /** Behind a load balancer: the client is the address it appended to X-Forwarded-For. */
  trustProxy: boolean;
  /** The built reader (`npm run build`). */
  distDir: string;
  /** The bundled corpus the embedded database is seeded from on its first start. */
  corpusDir: string;
  /** LEDE_ALLOW_PRIVATE_NETWORK=1: feeds on private and loopback addresses (intranets, tests). */
  allowPrivateNetwork: boolean;
  /** `--opml FILE`: sources to add at start. */
  opmlFile: string | undefined;
  /** CSP frame-ancestors: who may frame the reader (LEDE_FRAME_ANCESTORS, space-separated). */
  frameAncestors: string[];
  /** Hosts whose images the reader may load directly (LEDE_IMAGE_HOSTS, comma-separated). */
  imageHosts: string[];
  /**
   * Signs the image proxy's URLs (LEDE_MEDIA_SECRET): servers behind one load balancer share it so
   * each honours the others' URLs. Unset, each process makes its own at start.
   */
  mediaSecret: string | undefined;
  /** LEDE_RENDER_BUDGET_MS: how long rendering a page may take before the plain shell goes out; 0 renders none. */
  renderBudgetMs: number;
}

const port = v.pipe(
  v.string(),
  v.regex(/^\d{1,5}$/, 'must be a port number from 0 to 65535'),
  v.transform(Number),
  v.maxValue(65535, 'must be a port number from 0 to 65535'),
);
const positive = v.pipe(
  v.string(),
  v.regex(/^[1-9]\d{0,6}$/, 'must be a whole number of requests per minute, at least 1'),
  v.transform(Number),
);
const milliseconds = v.pipe(
  v.string(),
  v.regex(/^\d{1,5}$/, 'must be a whole number of milliseconds (0 turns rendering off)'),
  v.transform(Number),
);
const blankIsUnset = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Only the variables Lede reads; anything else in the environment is none of its business. */
const EnvSchema = v.object({
  HOST: v.optional(v.pipe(v.string(), v.minLength(1, 'must name an interface, e.g. 127.0.0.1 or 0.0.0.0'))),
  PORT: v.optional(port),
  LEDE_DATA_DIR: v.optional(v.string()),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.regex(/^postgres(ql)?:\/\//, 'must start with postgresql://'))),
  LEDE_ADMIN_TOKEN: v.optional(v.pipe(v.string(), v.minLength(16, 'must be at least 16 characters'))),
  LEDE_CORS_ORIGINS: v.optional(v.string()),
  LEDE_RATE_LIMIT: v.optional(positive),
  LEDE_RENDER_BUDGET_MS: v.optional(milliseconds),
  LEDE_TRUST_PROXY: v.optional(v.picklist(['0', '1'], 'must be 1 (behind a proxy) or 0')),
  LEDE_ALLOW_PRIVATE_NETWORK: v.optional(v.picklist(['0', '1'], 'must be 1 (allow) or 0')),
  LEDE_FRAME_ANCESTORS: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^(?:'self'|'none'|https?:\/\/[^\s;,']+)(?: +(?:'self'|https?:\/\/[^\s;,']+))*$/,
        "must be 'self', 'none' or origins like https://portal.example, separated by spaces",
      ),
    ),
  ),
  LEDE_IMAGE_HOSTS: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[a-z0-9.-]+(?:,[a-z0-9.-]+)*$/i, 'must be host names separated by commas, e.g. images.example.com'),
    ),
  ),
  LEDE_MEDIA_SECRET: v.optional(v.pipe(v.string(), v.minLength(32, 'must be at least 32 characters'))),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4317;
/** Over this, a page goes out as the plain shell: the reader renders it, as it would without the server. */
export const DEFAULT_RENDER_BUDGET_MS = 300;

/** Reads the environment and the command line (`--port N`, `--host H`); the flags win. */
export function parseServerConfig(env: Record<string, string | undefined>, argv: readonly string[], cwd: string) {
  const known = Object.fromEntries(
    Object.keys(EnvSchema.entries).map((name) => [name, blankIsUnset(env[name])] as const),
  );
  const flags = parseFlags(argv);
  const parsed = v.safeParse(EnvSchema, { ...known, ...(flags.port ? { PORT: flags.port } : {}) });
  if (!parsed.success) throw new ConfigError(`Lede cannot start: ${describeIssues(parsed.issues)}.`);
  const e = parsed.output;
  const config: ServerConfig = {
    host: flags.host ?? e.HOST ?? DEFAULT_HOST,
    port: e.PORT ?? DEFAULT_PORT,
    dataDir: absolute(e.LEDE_DATA_DIR ?? '.lede-data', cwd),
    databaseUrl: e.DATABASE_URL,
    adminToken: e.LEDE_ADMIN_TOKEN,
    corsOrigins: corsOrigins(e.LEDE_CORS_ORIGINS),
    rateLimitPerMinute: e.LEDE_RATE_LIMIT ?? 600,
    trustProxy: e.LEDE_TRUST_PROXY === '1',
    distDir: resolve(cwd, 'dist'),
    corpusDir: resolve(cwd, 'public', 'data'),
    allowPrivateNetwork: e.LEDE_ALLOW_PRIVATE_NETWORK === '1',
    opmlFile: flags.opml ? absolute(flags.opml, cwd) : undefined,
    frameAncestors: e.LEDE_FRAME_ANCESTORS?.split(/ +/) ?? ["'self'"],
    imageHosts: e.LEDE_IMAGE_HOSTS?.split(',').map((host) => host.toLowerCase()) ?? [],
    mediaSecret: e.LEDE_MEDIA_SECRET,
    renderBudgetMs: e.LEDE_RENDER_BUDGET_MS ?? DEFAULT_RENDER_BUDGET_MS,
  };
  return config;
}

const FLAGS = { '--port': 'port', '--host': 'host', '--opml': 'opml' } as const;

function parseFlags(argv: readonly string[]): { port?: string; host?: string; opml?: string } {
  const flags: { port?: string; host?: string; opml?: string } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const [name = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    if (!(name in FLAGS)) {
      throw new ConfigError(
        `Lede cannot start: unknown option '${argv[i]}'; it takes --port N, --host H and --opml FILE.`,
      );
    }
    const value = inline ?? argv[(i += 1)];
    if (!value) throw new ConfigError(`Lede cannot start: ${name} needs a value.`);
    flags[FLAGS[name as keyof typeof FLAGS]] = value;
  }
  return flags;
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/** "*" or unset: any origin, as the dev API does. Otherwise a comma-separated list of origins. */
function corsOrigins(raw: string | undefined): '*' | string[] {
  if (raw === undefined || raw === '*') return '*';
  const origins = raw.split(',').map((origin) => origin.trim().replace(/\/+$/, ''));
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `Lede cannot start: LEDE_CORS_ORIGINS has '${origin}', which is not an origin like https://news.example.`,
      );
    }
  }
  return origins;
}
