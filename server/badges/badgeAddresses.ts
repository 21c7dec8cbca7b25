/** The stable public addresses of the Open Badges issuer under the server's public URL. */
export function badgeAddresses(publicUrl: string) {
  const base = `${publicUrl.replace(/\/+$/, '')}/api/badges`;
  return {
    /** The issuer Profile (its id in every credential). */
    issuer: `${base}/issuer`,
    /** The issuer's public keys as a JWK Set. */
    jwks: `${base}/issuer/jwks.json`,
    /** One public key as a JWK: a credential's `kid`. */
    key: (thumbprint: string) => `${base}/issuer/keys/${thumbprint}`,
    /** A credential's public address (its id): the VC-JWT. */
    credential: (id: string) => `${base}/credentials/${id}`,
    /** The status list credential holding the bit at `statusIndex`. */
    statusList: (list: number) => `${base}/status/${list}`,
  };
}
