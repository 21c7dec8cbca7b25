/**
 * Words of instruction in an MDX body: prose only, without component tags, code fences,
 * Markdown punctuation or table rules. Used for length checks and reading-time estimates.
 */
export function countWords(body: string): number {
  const prose = body
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, ' ')
    .replace(/[#*_>`|[\]()]/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
