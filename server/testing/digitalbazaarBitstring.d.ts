// @digitalbazaar/bitstring ships no types; this is the part the independent verifier uses.
declare module '@digitalbazaar/bitstring' {
  /** A bitstring; bit 0 is the most significant bit of byte 0 unless leftToRightIndexing is false. */
  export class Bitstring {
    constructor(options: { length?: number; buffer?: Uint8Array; leftToRightIndexing?: boolean });
    get(position: number): boolean;
    /** The bytes of a base64url (no multibase prefix) GZIP-compressed bitstring. */
    static decodeBits(options: { encoded: string }): Promise<Uint8Array>;
  }
}
