/** A component tag found in an MDX body, with its string attributes and 1-based line in the body. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Lists the capitalised component tags (`<LocalNote region="…">`) in a module body, outside
 * fenced code blocks. A light scan, not an MDX parse: it exists so `check:content` can verify
 * component references without a build.
 */
export function scanModuleBody(body: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  let inFence = false;
  body.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const match of text.matchAll(TAG)) {
      const attributes: Record<string, string> = {};
      for (const attr of (match[2] ?? '').matchAll(ATTRIBUTE)) {
        attributes[attr[1]!] = attr[2] ?? attr[3] ?? '';
      }
      uses.push({ name: match[1]!, attributes, line: index + 1 });
    }
  });
  return uses;
}
