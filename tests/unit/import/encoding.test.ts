import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../support/fixtures';
import { detectEncoding, detectFileEncoding } from '../../../lib/import/encoding';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(fixturesDir, 'csv', name)));

/** "姓名,城市\r\n张三,深圳\r\n" as Excel on Chinese Windows saves it (GBK). */
const GBK_BYTES = new Uint8Array([
  0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb3, 0xc7, 0xca, 0xd0, 0x0d, 0x0a,
  0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xc9, 0xee, 0xdb, 0xda, 0x0d, 0x0a,
]);

describe('detectEncoding', () => {
  it('reads GBK bytes as GB18030, confidently, and TextDecoder decodes them', () => {
    expect(detectEncoding(GBK_BYTES)).toEqual({ encoding: 'gb18030', confident: true });
    expect(new TextDecoder('gb18030').decode(GBK_BYTES)).toBe('姓名,城市\r\n张三,深圳\r\n');
  });

  it('recognises UTF-8 Chinese text', () => {
    expect(detectEncoding(new TextEncoder().encode('姓名,城市\n张三,深圳\n'))).toEqual({ encoding: 'utf-8', confident: true });
  });

  it('recognises the UTF-8 byte order mark even before plain ASCII', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Name,Email\n')]);
    expect(detectEncoding(withBom)).toEqual({ encoding: 'utf-8', confident: true });
  });

  it('recognises Excel "Unicode text" (UTF-16 LE)', () => {
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x4e, 0x00]))).toEqual({ encoding: 'utf-16le', confident: true });
  });

  it('is not confident about an all-ASCII sample, since GBK may follow later in the file', () => {
    expect(detectEncoding(new TextEncoder().encode('Name,Email\nEmily,emily@example.com\n'))).toEqual({
      encoding: 'utf-8',
      confident: false,
    });
  });

  it('does not mistake a sample cut inside a UTF-8 character for GBK', () => {
    const bytes = new TextEncoder().encode('姓名,城市\n张三,深圳');
    expect(detectEncoding(bytes.slice(0, bytes.length - 1))).toEqual({ encoding: 'utf-8', confident: true });
  });

  it('is not confident about Latin-1 text, which GB18030 would decode into nonsense', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Name\nJos'), 0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]);
    expect(detectEncoding(latin1)).toEqual({ encoding: 'gb18030', confident: false });
  });

  it.each([
    ['chinese-excel-gbk.csv', 'gb18030'],
    ['hubspot-contacts.csv', 'utf-8'],
  ])('detects %s as %s', async (name, encoding) => {
    expect(await detectFileEncoding(new Blob([fixture(name)]))).toEqual({ encoding, confident: true });
  });
});
