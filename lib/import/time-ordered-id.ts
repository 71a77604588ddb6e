/**
 * A UUID version 7 (RFC 9562): the time in milliseconds, then 74 random bits.
 * As unique across databases as crypto.randomUUID(), but ids made later sort
 * later, so that the rows an import adds go to the end of each id index
 * instead of all over it, which IndexedDB (LevelDB in Chromium) writes much
 * faster (tests/bench/import-speed). Within one millisecond the order is random;
 * callers that want sorted batches sort them.
 */
export function timeOrderedId(now = Date.now()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let time = now;
  for (let index = 5; index >= 0; index--) {
    bytes[index] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
