/**
 * The W3C Bitstring Status List's minimum length in bits (16 KB): every list is at least this
 * long, so a credential's position tells an observer nothing about how many were issued.
 */
export const STATUS_LIST_BITS = 131_072;

/** The uncompressed bitstring with the bits at `indexes` set; bit 0 is the most significant bit of byte 0, as the spec orders it. */
export function statusListBytes(indexes: Iterable<number>, bits = STATUS_LIST_BITS): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  for (const index of indexes) {
    if (!Number.isInteger(index) || index < 0 || index >= bits)
      throw new RangeError(`Status index ${index} is outside the list (0 … ${bits - 1}).`);
    bytes[index >> 3]! |= 0x80 >> (index & 7);
  }
  return bytes;
}

/** Whether the bit at `index` is set (true: the credential at that position is revoked). */
export function statusBitSet(bytes: Uint8Array, index: number): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= bytes.length * 8)
    throw new RangeError(`Status index ${index} is outside the list.`);
  return (bytes[index >> 3]! & (0x80 >> (index & 7))) !== 0;
}
