/** How many failed sign-ins are allowed in a window, per account and per address. */
export interface SignInLimits {
  /** The window, in milliseconds. */
  windowMs: number;
  /** Failures per account (by email tried) within the window, since its last sign-in. */
  perAccount: number;
  /** Failures per address within the window, whatever the email. */
  perAddress: number;
}

/** 5 failures per account and 20 per address in 15 minutes. */
export const SIGN_IN_LIMITS: SignInLimits = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perAddress: 20,
};

/** Whether a sign-in may be tried now, and when not, for which reason and how long to wait. */
export type SignInDecision =
  { allowed: true } | { allowed: false; scope: 'account' | 'address'; retryAfterSeconds: number };

/** How long until fewer than `limit` of these failures lie within the window, or 0 if already. */
function waitFor(
  failures: readonly number[],
  limit: number,
  now: number,
  windowMs: number,
): number {
  const recent = failures.filter((t) => t > now - windowMs && t <= now).sort((a, b) => a - b);
  if (recent.length < limit) return 0;
  // Allowed again when the oldest failure that keeps the count at the limit leaves the window.
  const leaves = recent[recent.length - limit]! + windowMs;
  return Math.max(1, Math.ceil((leaves - now) / 1000));
}

/**
 * The decision for a sign-in from the failures recorded (times in ms): refused while the account
 * has `perAccount` failures or the address `perAddress` within the window, with the seconds until
 * the oldest of them leaves it (Retry-After). Failures outside the window do not count.
 */
export function signInDecision(
  failures: { account: readonly number[]; address: readonly number[] },
  now: number,
  limits: SignInLimits = SIGN_IN_LIMITS,
): SignInDecision {
  const account = waitFor(failures.account, limits.perAccount, now, limits.windowMs);
  const address = waitFor(failures.address, limits.perAddress, now, limits.windowMs);
  if (account === 0 && address === 0) return { allowed: true };
  return account >= address
    ? { allowed: false, scope: 'account', retryAfterSeconds: account }
    : { allowed: false, scope: 'address', retryAfterSeconds: address };
}

/** "about 14 minutes", "1 minute", "40 seconds": a wait, for the refusal's message. */
export function waitWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The refusal's message: what happened and how long to wait. */
export function limitedMessage(decision: {
  scope: 'account' | 'address';
  retryAfterSeconds: number;
}): string {
  const who = decision.scope === 'account' ? 'this account' : 'this address';
  return `Too many failed sign-ins for ${who}. Try again in ${waitWords(decision.retryAfterSeconds)}.`;
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (each proxy
 * appends the address it was reached from), else X-Real-IP, else "unknown". Without a proxy in
 * front a client can write this header itself; the per-account limit holds either way.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  const address = last ?? headers.get('x-real-ip')?.trim();
  return address ? address.slice(0, 100) : 'unknown';
}
