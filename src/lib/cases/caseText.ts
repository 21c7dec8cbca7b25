/**
 * Case text as it is stored and compared: Unicode NFC, line breaks as `\n`, and without the invisible
 * characters that can disguise text — control characters other than tab and line feed, bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and zero-width spaces and BOMs
 * (U+200B, U+2060, U+FEFF). Right-to-left letters, the LRM/RLM marks and ZWJ/ZWNJ (which Persian,
 * Indic scripts and emoji need) are kept.
 */
export function caseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;
