/**
 * A UUID version 7 (RFC 9562): the time in milliseconds, then 74 random bits.
 * As unique across databases as crypto.randomUUID(), but ids made later sort
 * later, so that the rows an import adds go to the end of each id index
 * instead of all over it, which IndexedDB (LevelDB in Chromium) writes much
 * faster (tests/bench/import-speed). Within one millisecond the order is random;
 * callers that want sorted batches sort them.
 */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** Random bytes drawn 4 KB at a time: one getRandomValues call per id cost as much as the rest of the id. */
const pool = new Uint8Array(4096);
let used = pool.length;

export function timeOrderedId(now = Date.now()): string {
  if (used + 10 > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  const random = pool.subarray(used, (used += 10));
  const time = now.toString(16).padStart(12, '0').slice(-12);
  const hex = (from: number, to: number) => {
    let text = '';
    for (let index = from; index < to; index++) text += HEX[random[index]!];
    return text;
  };
  const version = HEX[(random[0]! & 0x0f) | 0x70]!;
  const variant = HEX[(random[2]! & 0x3f) | 0x80]!;
  return `${time.slice(0, 8)}-${time.slice(8)}-${version}${hex(1, 2)}-${variant}${hex(3, 4)}-${hex(4, 10)}`;
}
