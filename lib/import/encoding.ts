/**
 * Which text encoding a CSV file is in. Excel on Chinese Windows saves "CSV" in
 * the ANSI code page (GBK), Excel's "CSV UTF-8" and every web CRM export write
 * UTF-8 (often with a BOM), and Excel's "Unicode text" writes UTF-16 LE.
 * The labels are ones TextDecoder accepts in Chromium and in Node.
 */
export type CsvEncoding = 'utf-8' | 'gb18030' | 'utf-16le';

export interface EncodingGuess {
  encoding: CsvEncoding;
  /**
   * False when the sample cannot decide: all ASCII (a GBK byte may still come
   * later in the file) or bytes that are neither UTF-8 nor plausibly Chinese
   * GBK (say Latin-1 or Big5). The UI should then let the user pick.
   */
  confident: boolean;
}

/** Enough for a header and some hundred rows; a detector needs no more. */
export const ENCODING_SAMPLE_BYTES = 64 * 1024;

export async function detectFileEncoding(file: Blob): Promise<EncodingGuess> {
  const head = new Uint8Array(await file.slice(0, ENCODING_SAMPLE_BYTES).arrayBuffer());
  return detectEncoding(head);
}

export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', confident: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', confident: true };
  if (isAscii(head)) return { encoding: 'utf-8', confident: false };
  // `stream: true` lets the sample end inside a character without counting as invalid.
  if (decodes('utf-8', head)) return { encoding: 'utf-8', confident: true };
  const asGb = decodes('gb18030', head);
  // GB18030 accepts almost any byte pair, so Latin-1 "José" decodes too; only
  // text whose non-ASCII characters are nearly all Chinese is taken as certain.
  return { encoding: 'gb18030', confident: asGb !== undefined && mostlyChinese(asGb) };
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

function decodes(encoding: CsvEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

/** Han characters, CJK and full-width punctuation (，。：（）), and the ¥ of prices. */
const CHINESE_TEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u00a5]/u;

function mostlyChinese(text: string): boolean {
  let nonAscii = 0;
  let chinese = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (CHINESE_TEXT.test(char)) chinese++;
  }
  return nonAscii > 0 && chinese / nonAscii >= 0.9;
}
