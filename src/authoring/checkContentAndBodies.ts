import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContentIssue } from '../lib/curriculum/contentIssue';
import type { Curriculum } from '../lib/curriculum/curriculum';
import { checkContent } from './checkContent';
import { checkModuleBodies } from './checkModuleBodies';
import { findPlaceholders } from './findPlaceholders';

/**
 * What `npm run check:content` reports: checkContent's problems, then each module body compiled
 * with the build's MDX pipeline, and warnings for placeholder text left by `new:module`. The build
 * runs checkContent only: it compiles the bodies itself, through the same pipeline, once.
 */
export async function checkContentAndBodies(root: string): Promise<{ issues: ContentIssue[]; curriculum: Curriculum }> {
  const { issues, curriculum } = checkContent(root);
  const files = curriculum.modules.map((m) => m.file).sort();
  const translated = (curriculum.translations ?? []).filter((t) => t.kind === 'modules').map((t) => t.file);
  const bodyIssues = await checkModuleBodies(root, [...files, ...translated]);
  const placeholders = files.flatMap((file) => findPlaceholders(file, readFileSync(resolve(root, file), 'utf8')));
  return { issues: [...issues, ...bodyIssues, ...placeholders], curriculum };
}
