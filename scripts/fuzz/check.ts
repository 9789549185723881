import http from 'node:http';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security/headers';
import { answeredByNextAlone, type FuzzCase } from './families';

/** A response as the fuzzer sees it. */
export interface FuzzAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

/** The script-src sources a page's policy adds to the static one (its nonce). */
const NONCE_SOURCES = / 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/;

/**
 * What is missing or different from the headers docs/security.md promises on every response:
 * each header of `securityHeaders()` with its exact value, the policy with or without a nonce.
 */
export function securityHeaderProblems(headers: http.IncomingHttpHeaders): string[] {
  const problems: string[] = [];
  for (const { key, value } of securityHeaders()) {
    const got = headers[key.toLowerCase()];
    if (got === undefined) problems.push(`no ${key}`);
    else if (key === 'Content-Security-Policy') {
      const withoutNonce = String(got).replace(NONCE_SOURCES, '');
      if (withoutNonce !== contentSecurityPolicy({ dev: false })) problems.push(`${key}: ${got}`);
    } else if (got !== value) problems.push(`${key}: ${String(got)}`);
  }
  return problems;
}

/**
 * What is wrong with one answer: a 5xx, a status or Location not expected, missing headers
 * (except on the slash redirects Next sends before any app code runs, which must be a 308).
 */
export function answerProblems(c: FuzzCase, answer: FuzzAnswer): string[] {
  const byNext = answeredByNextAlone(c.path);
  const problems = byNext ? [] : securityHeaderProblems(answer.headers);
  if (byNext && answer.status !== 308) problems.push(`status ${answer.status}, expected 308`);
  else if (answer.status >= 500) problems.unshift(`status ${answer.status}`);
  else if (c.expect && !c.expect.includes(answer.status)) {
    problems.unshift(`status ${answer.status}, expected ${c.expect.join(' or ')}`);
  }
  if (c.location !== undefined && answer.headers.location !== c.location) {
    problems.push(`Location ${String(answer.headers.location)}, expected ${c.location}`);
  }
  return problems;
}

/** True for 127.0.0.0/8, ::1 and localhost: the only hosts the fuzzer will send to. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** GET with the path sent byte for byte (URL and fetch would normalise the malformed ones). */
export function rawRequest(base: URL, path: string): Promise<FuzzAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname.replace(/^\[|\]$/g, ''),
        port: base.port || 80,
        method: 'GET',
        path,
        agent,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
        res.on('error', reject);
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`timed out: ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

/** Closes the kept-alive sockets, so the process can exit. */
export function closeConnections(): void {
  agent.destroy();
}
