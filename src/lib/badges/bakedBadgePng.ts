import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';

/** The PNG `iTXt` keyword Open Badges 3.0 bakes a credential under. */
export const OB3_PNG_KEYWORD = 'openbadgecredential';

const ITXT = 'iTXt';

/**
 * An iTXt chunk's data (PNG 11.3.4.5): keyword, NUL, compression flag 0 and method 0 (the baking
 * spec forbids compression), empty language tag and translated keyword each NUL-ended, UTF-8 text.
 */
const itxtData = (keyword: string, text: string) => {
  const head = new TextEncoder().encode(`${keyword}\0\0\0\0\0`);
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return data;
};

/** The keyword and text of an uncompressed iTXt chunk, or undefined when it is compressed or malformed. */
const readItxt = (data: Uint8Array) => {
  const end = data.indexOf(0);
  if (end < 1 || data[end + 1] !== 0) return undefined;
  const keyword = new TextDecoder('latin1').decode(data.subarray(0, end));
  const languageEnd = data.indexOf(0, end + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return undefined;
  return { keyword, text: new TextDecoder().decode(data.subarray(translatedEnd + 1)) };
};

/**
 * `template` (any PNG) with the VC-JWT baked in as Open Badges 3.0 specifies for PNG: one
 * uncompressed `iTXt` chunk, keyword `openbadgecredential`, right after IHDR; a credential the
 * template already held is replaced, never doubled.
 */
export function bakedBadgePng(template: Uint8Array, jwt: string): Uint8Array {
  const chunks = extractChunks(template).filter(
    (chunk) => chunk.name !== ITXT || readItxt(chunk.data)?.keyword !== OB3_PNG_KEYWORD,
  );
  const [header, ...rest] = chunks;
  if (header?.name !== 'IHDR') throw new Error('A PNG starts with its IHDR chunk.');
  return encodeChunks([header, { name: ITXT, data: itxtData(OB3_PNG_KEYWORD, jwt) }, ...rest]);
}

/** The credential baked into a PNG badge image (the first `openbadgecredential` iTXt chunk's text), or undefined when it holds none or is no PNG. */
export function credentialOfPng(png: Uint8Array): string | undefined {
  let chunks: ReturnType<typeof extractChunks>;
  try {
    chunks = extractChunks(png);
  } catch {
    return undefined;
  }
  for (const chunk of chunks) {
    if (chunk.name !== ITXT) continue;
    const itxt = readItxt(chunk.data);
    if (itxt?.keyword === OB3_PNG_KEYWORD) return itxt.text;
  }
  return undefined;
}
