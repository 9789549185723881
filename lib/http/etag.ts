import { createHash } from 'node:crypto';

/**
 * A weak entity tag over the parts a response depends on (build, kind, datasets' versions, the
 * canonical URL, …). Weak, because two HTML answers under one tag differ in their script nonce:
 * equivalent, not byte-identical.
 */
export function entityTag(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return 'W/"' + hash.digest('base64url').slice(0, 27) + '"';
}

/** The opaque part of a tag, for weak comparison (RFC 9110 §8.8.3.2): `W/"x"` and `"x"` match. */
function opaque(tag: string): string {
  const trimmed = tag.trim();
  return trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed;
}

/** True when an `If-None-Match` header names `tag` (or is `*`): the client's copy is current. */
export function ifNoneMatchHits(header: string | null, tag: string): boolean {
  if (!header) return false;
  const wanted = opaque(tag);
  return header.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || (value !== '' && opaque(value) === wanted);
  });
}
