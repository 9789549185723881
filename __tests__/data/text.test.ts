import { decodeUtf8 } from '@/lib/data/text';

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a leading byte-order mark', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFКиїв, «мир»', 'utf8'))).toEqual({
      ok: true,
      text: 'Київ, «мир»',
    });
  });

  it('decodes an empty file as empty text', () => {
    expect(decodeUtf8(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('names UTF-16 by its byte-order mark, either way round', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]);
    const be = Buffer.from(le.map((_b, i) => le[i ^ 1]!));
    expect(decodeUtf8(le)).toEqual({
      ok: false,
      message: 'is encoded as UTF-16 (little-endian); save it as UTF-8',
    });
    expect(decodeUtf8(be)).toEqual({
      ok: false,
      message: 'is encoded as UTF-16 (big-endian); save it as UTF-8',
    });
  });

  it('names UTF-16 without a mark from its zero bytes', () => {
    const message = decodeUtf8(Buffer.from('{"title": "Talks"}', 'utf16le'));
    expect(message).toEqual({
      ok: false,
      message: 'is encoded as UTF-16 (little-endian); save it as UTF-8',
    });
  });

  it('gives the offset of the first bad byte: a stray byte, an overlong form, a cut sequence', () => {
    const at = (bytes: number[]) => decodeUtf8(Buffer.from(bytes));
    expect(at([0x61, 0x62, 0xff, 0x63])).toMatchObject({
      message: expect.stringContaining('offset 2'),
    });
    expect(at([0x61, 0xc0, 0xae])).toMatchObject({ message: expect.stringContaining('offset 1') });
    expect(at([0x61, 0x62, 0x63, 0xe2, 0x82])).toMatchObject({
      message: expect.stringContaining('offset 3'),
    });
    expect(at([0xed, 0xa0, 0x80])).toMatchObject({ message: expect.stringContaining('offset 0') });
  });
});
