/** How a file's bytes turned out when read as text. */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The encoding a byte-order mark or a pattern of zero bytes gives away, when it is not UTF-8. */
function foreignEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  // UTF-16 without a mark: ASCII text leaves every other byte zero.
  const sample = bytes.subarray(0, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  const half = sample.length / 2;
  if (half >= 4 && oddZeros > half * 0.6) return 'UTF-16 (little-endian)';
  if (half >= 4 && evenZeros > half * 0.6) return 'UTF-16 (big-endian)';
  return undefined;
}

/** Byte offset of the first byte that breaks UTF-8 (the decoder only says that one does). */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    if (need === 0) {
      i++;
      continue;
    }
    // Check the run as a whole: overlong forms and surrogates are refused too.
    if (i + need >= bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Decodes a file strictly as UTF-8 (a leading byte-order mark is dropped). UTF-16 and invalid
 * bytes are refused with the encoding found or the offset of the first bad byte, never the text.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const foreign = foreignEncoding(bytes);
  if (foreign) return { ok: false, message: `is encoded as ${foreign}; save it as UTF-8` };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      message: `is not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)}); save it as UTF-8`,
    };
  }
}
