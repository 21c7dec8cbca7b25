import type { ContentIssue } from '../lib/curriculum/contentIssue';
import { SKELETON_PLACEHOLDERS } from './moduleSkeleton';

/** Warnings for the `new:module` placeholder text still in a module file (`file` as in ContentIssue), one per line. */
export function findPlaceholders(file: string, text: string): ContentIssue[] {
  const phrases = Object.values(SKELETON_PLACEHOLDERS);
  const lines = text.split('\n');
  // Line index of the front matter's closing `---` (0 when there is none).
  const frontMatterEnd = lines[0]?.trim() === '---' ? Math.max(0, lines.indexOf('---', 1)) : 0;
  return lines.flatMap((line, i): ContentIssue[] => {
    const inFrontMatter = i < frontMatterEnd;
    const phrase = phrases.find((p) => line.includes(p));
    if (!phrase) return [];
    return [
      {
        file,
        field: inFrontMatter ? 'front matter' : 'body',
        line: i + 1,
        severity: 'warning',
        message: 'Placeholder text from npm run new:module is still here.',
        hint: `Replace "${phrase}${phrase.endsWith('.') || phrase.endsWith('?') ? '' : ' …'}" with your own text.`,
      },
    ];
  });
}
