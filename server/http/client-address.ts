import type { Context } from 'hono';
import type { Deps } from './types';

/**
 * The address a request comes from, for throttling and audit: the TCP peer, or behind a trusted
 * reverse proxy the address that proxy names. Without it every client behind one proxy would share
 * one address, and one of them could lock all the others out.
 */
export function requesterAddress(c: Context, deps: Pick<Deps, 'clientAddress' | 'config'>): string {
  const peer = deps.clientAddress(c) ?? 'unknown';
  const trusted = deps.config.trustedProxies;
  if (!trusted.includes(peer)) return peer;
  const chain = (c.req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  // Entries left of a proxy we do not trust may be made up by the client; take the last one added by ours.
  return chain.reverse().find((entry) => !trusted.includes(entry)) ?? peer;
}
