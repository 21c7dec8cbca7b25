/** The XML namespace Open Badges 3.0 bakes credentials into SVG images with. */
export const OB3_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * A badge image with the credential baked in as Open Badges 3.0 specifies for SVG: the
 * `openbadges` namespace on the root and, first inside it, one `<openbadges:credential>` whose
 * `verify` attribute is the VC-JWT (compact JWS). The picture shows the competency and level.
 */
export function bakedBadgeSvg(jwt: string, label: { name: string; levelName: string; level: number }): string {
  const name = escapeXml(label.name);
  const level = escapeXml(`${label.levelName} · ${label.level}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${OB3_SVG_NAMESPACE}" width="240" height="240" viewBox="0 0 240 240" role="img" aria-label="${name}: ${level}">`,
    `<openbadges:credential verify="${escapeXml(jwt)}"></openbadges:credential>`,
    '<circle cx="120" cy="120" r="112" fill="#0b5c8a"/>',
    '<circle cx="120" cy="120" r="98" fill="none" stroke="#fff" stroke-width="4"/>',
    `<text x="120" y="112" text-anchor="middle" font-family="sans-serif" font-size="16" font-weight="700" fill="#fff">${name}</text>`,
    `<text x="120" y="140" text-anchor="middle" font-family="sans-serif" font-size="14" fill="#fff">${level}</text>`,
    '</svg>',
  ].join('\n');
}

/** The VC-JWT baked into an SVG badge image (the first `openbadges:credential`'s `verify`), or undefined when there is none. */
export function credentialOfSvg(svg: string): string | undefined {
  const tag = /<openbadges:credential\b[^>]*\bverify="([^"]+)"/.exec(svg);
  return tag?.[1]?.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!,
  );
}
