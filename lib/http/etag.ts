import { createHash } from 'node:crypto';

/**
 * A weak entity tag over the parts a response depends on (build, kind, datasets' versions, the
 * canonical URL, …). Weak, because two HTML answers under one tag differ in their script nonce:
 * equivalent, not byte-identical. A page's tag also carries its response's nonce after a dot
 * (`W/"<hash>.<nonce>"`), so that a 304 can repeat the policy of the copy the browser holds.
 */
export function entityTag(parts: readonly string[], nonce?: string): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  const opaque = hash.digest('base64url').slice(0, 27);
  return 'W/"' + opaque + (nonce ? '.' + nonce : '') + '"';
}

/** A nonce as a tag may carry it back: letters, digits, `-` and `_` (ours are hex). */
const TAG_NONCE = /^[A-Za-z0-9_-]{1,64}$/;

/** The hash and the nonce of a tag (`W/"x.n"`, `"x"`; weak comparison ignores `W/`). */
function partsOf(tag: string): { hash: string; nonce?: string } {
  const trimmed = tag.trim();
  const quoted = trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed;
  const inner = quoted.replace(/^"|"$/g, '');
  const dot = inner.indexOf('.');
  if (dot < 0) return { hash: inner };
  const nonce = inner.slice(dot + 1);
  return TAG_NONCE.test(nonce) ? { hash: inner.slice(0, dot), nonce } : { hash: inner };
}

/**
 * The If-None-Match entry naming `tag` (its hash: the nonces may differ), with the nonce it
 * carries; undefined when none does. `*` matches any tag, with no nonce.
 */
export function ifNoneMatch(header: string | null, tag: string): { nonce?: string } | undefined {
  if (!header) return undefined;
  const wanted = partsOf(tag).hash;
  for (const candidate of header.split(',')) {
    const value = candidate.trim();
    if (value === '*') return {};
    if (value === '') continue;
    const parts = partsOf(value);
    if (parts.hash === wanted) return parts.nonce === undefined ? {} : { nonce: parts.nonce };
  }
  return undefined;
}

/** True when an `If-None-Match` header names `tag` (or is `*`): the client's copy is current. */
export function ifNoneMatchHits(header: string | null, tag: string): boolean {
  return ifNoneMatch(header, tag) !== undefined;
}
