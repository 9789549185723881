import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** The fewest characters a password may have. */
export const MIN_PASSWORD_LENGTH = 12;
/** The most: scrypt reads it all, so a megabyte of "password" must not reach it. */
export const MAX_PASSWORD_LENGTH = 1024;

/** Why a new password is refused, in plain words, or undefined when it will do. */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return `must be at least ${MIN_PASSWORD_LENGTH} characters long (this one has ${length})`;
  if (length > MAX_PASSWORD_LENGTH)
    return `must be at most ${MAX_PASSWORD_LENGTH.toLocaleString('en-GB')} characters long`;
  if (password.trim() === '') return 'must not be only spaces';
  return undefined;
}

/** scrypt's cost: N = 2^15, r = 8, p = 1 (32 MiB per hash, about 50-100 ms here). */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The parameters new hashes use (OWASP's minimum for scrypt is N = 2^17 with r = 8 and p = 1 at 128 MiB; 2^15 keeps a sign-in under 0.1 s on a small server). */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * A stored password: `scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>`, with a fresh 16-byte
 * salt. The parameters travel with the hash, so raising them later leaves old hashes readable.
 */
export async function hashPassword(
  password: string,
  params: ScryptParams = SCRYPT_PARAMS,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return [
    PREFIX,
    params.N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/** The parts of a stored password, or undefined when it is not one this module wrote. */
function parseStored(
  stored: string,
): { params: ScryptParams; salt: Buffer; key: Buffer } | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  // Bounds keep a tampered row from asking scrypt for gigabytes.
  if (!ok(N, 2 ** 20) || (N & (N - 1)) !== 0 || !ok(r, 32) || !ok(p, 16)) return undefined;
  const salt = Buffer.from(parts[4]!, 'base64');
  const key = Buffer.from(parts[5]!, 'base64');
  if (salt.length < 16 || key.length !== KEY_LENGTH) return undefined;
  return { params: { N, r, p }, salt, key };
}

/** True when `password` is the one `stored` was made from (compared in constant time). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed || password.length > MAX_PASSWORD_LENGTH * 4) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

// Verified when the account is unknown or disabled, so that a wrong email costs the same time
// as a wrong password and does not tell who has an account.
let decoy: Promise<string> | undefined;

/** A hash of no one's password, made once per process, to verify against when there is no user. */
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(24).toString('base64')));
}
