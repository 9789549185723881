import { randomBytes } from 'node:crypto';

/**
 * A fresh script nonce: 128 random bits as 32 hex digits, never reused. Hex, so no character of
 * it is ever escaped in HTML or in the inline payload, and a cached page's nonce is found exactly.
 */
export function freshNonce(): string {
  return randomBytes(16).toString('hex');
}

/** The nonce a Content-Security-Policy names (`'nonce-…'`), or undefined. */
export function policyNonce(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/)?.[1];
}

/**
 * The page with every occurrence of the nonce it was rendered with replaced by this response's.
 * The old nonce was random and never left the server, so it occurs only where Next wrote it
 * (script `nonce` attributes and the inline payload that repeats them), never in dataset text.
 */
export function withNonce(body: string, renderedWith: string, fresh: string): string {
  return renderedWith === '' ? body : body.split(renderedWith).join(fresh);
}
