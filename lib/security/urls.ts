// Checks on a request's path that proxy.ts makes before Next routes it. Pure, so the rules are
// tested without a server.

const ESCAPE = /%([0-9a-fA-F]{2})/y;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * A path segment decoded as strict UTF-8, or undefined when it cannot be: a `%` not followed by
 * two hex digits, or bytes that are not UTF-8 (overlong forms such as `%c0%ae`, surrogates,
 * truncated sequences, code points past U+10FFFF). The fatal decoder refuses all of those.
 */
export function decodeSegmentStrictly(segment: string): string | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < segment.length;) {
    if (segment[i] === '%') {
      ESCAPE.lastIndex = i;
      const hex = ESCAPE.exec(segment)?.[1];
      if (hex === undefined) return undefined;
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      const codePoint = segment.codePointAt(i)!;
      const char = String.fromCodePoint(codePoint);
      bytes.push(...encoder.encode(char));
      i += char.length;
    }
  }
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/** The first segment of `pathname` that does not decode strictly, or undefined when all do. */
export function malformedSegment(pathname: string): string | undefined {
  return pathname.split('/').find((segment) => decodeSegmentStrictly(segment) === undefined);
}

/**
 * Where a path with a trailing slash redirects: the same path without it, query kept. Leading
 * slashes (and backslashes, which URL parsers read as slashes) collapse to one, so `//host/`
 * can never become a link to another host.
 */
export function trailingSlashTarget(pathname: string, search: string): string | undefined {
  if (pathname === '/' || !pathname.endsWith('/')) return undefined;
  const trimmed = pathname.replace(/\/+$/, '').replace(/^[/\\]+/, '');
  return `/${trimmed}${search}`;
}
