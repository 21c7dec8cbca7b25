import { gzipSync } from 'node:zlib';
import { STATUS_LIST_BITS, statusListBytes } from '../../src/lib/badges/statusListBits.ts';

/**
 * A W3C Bitstring Status List credential (revocation) for list `list`: `encodedList` is the GZIP
 * of the bitstring, base64url without padding, multibase-prefixed "u", as the spec writes it.
 */
export function statusListCredential(
  listUrl: string,
  list: number,
  revoked: readonly number[],
  issuer: { id: string; name: string },
  validFrom: Date,
) {
  const first = list * STATUS_LIST_BITS;
  const bits = statusListBytes(revoked.filter((i) => i >= first && i < first + STATUS_LIST_BITS).map((i) => i - first));
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: listUrl,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name },
    validFrom: validFrom.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: {
      id: `${listUrl}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: `u${gzipSync(bits).toString('base64url')}`,
    },
  };
}
