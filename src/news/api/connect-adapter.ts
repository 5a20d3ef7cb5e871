import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { FetchHandler } from './api-handler';

export type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/**
 * Mounts a Fetch handler on Connect (Vite's dev and preview servers). Connect strips the mount
 * prefix from req.url; the handler routes on the full path, so it gets the original URL back.
 */
export function toConnectMiddleware(handler: FetchHandler): ConnectMiddleware {
  // Vite's own code shares this process: leave its global Request and Response alone.
  const listener = getRequestListener(handler, { overrideGlobalObjects: false });
  return (req, res, next) => {
    const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
    if (original) req.url = original;
    listener(req, res).catch((error: unknown) => next?.(error));
  };
}
