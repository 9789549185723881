import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** The content hash of a dataset (its JSON, key order aside) and the source texts it names. */
export function contentHash(json: unknown, texts: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256').update(canonicalJson(json));
  for (const file of Object.keys(texts).sort()) hash.update(`\u0000${file}\u0000${texts[file]}`);
  return hash.digest('hex');
}

/** A workspace version as footers show it: revision number and the content hash's first 8 digits. */
export function versionLabel(revision: number, hash: string): string {
  return `r${revision}-${hash.slice(0, 8)}`;
}

/** The revision number (and hash prefix, when given) of "12", "r12" or "r12-abcd1234"; else undefined. */
export function parseVersion(version: string): { revision: number; hash?: string } | undefined {
  const m = /^r?([1-9][0-9]{0,8})(?:-([0-9a-f]{8}))?$/.exec(version.trim());
  if (!m) return undefined;
  return { revision: Number(m[1]), hash: m[2] };
}
