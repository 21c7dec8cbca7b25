import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/authoring/checkContent';
import { COVERAGE_FILE, readCoverageThresholds } from '../src/authoring/readCoverageThresholds';
import { contentErrors, formatIssues } from '../src/lib/curriculum/contentIssue';
import { analyseItems } from '../src/lib/itemAnalysis/analyseItems';
import { formatItemAnalysis } from '../src/lib/itemAnalysis/formatItemAnalysis';
import { checkStatement } from '../src/lib/progress/statementSchema';
import type { LearningStatement } from '../src/lib/progress/statements';
import { CliFailure, type CliIo, exitCodeOf } from './cliIo';

const USAGE = 'Usage: npm run items -- <statements.json> [--root <project folder>] [--min-responses <n>]';

/** The statements of an exported file (`file` as the author named it, for messages): a JSON array of xAPI statements, or an object with a `statements` array. */
function readStatements(path: string, file: string): LearningStatement[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliFailure(`${file}: cannot read the file. ${USAGE}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliFailure(`${file}: not JSON (${(error as Error).message}).`);
  }
  const list = Array.isArray(json) ? json : (json as { statements?: unknown } | null)?.statements;
  if (!Array.isArray(list))
    throw new CliFailure(`${file}: expected a JSON array of xAPI statements, or an object with a "statements" array.`);
  return list.map((value, i) => {
    const checked = checkStatement(value);
    if (!checked.ok) throw new CliFailure(`${file}: statement ${i + 1} is not an xAPI statement: ${checked.reason}.`);
    return checked.statement;
  });
}

/**
 * `npm run items -- <statements.json>`: item analysis of the curriculum's knowledge checks from an
 * exported statement file; prints each flagged question with the module file to fix. 1 when a
 * question is flagged (so an author's CI can gate on it), the file is unreadable or the content invalid; else 0.
 */
export function runItems(argv: readonly string[], io: CliIo): Promise<number> {
  return exitCodeOf(io, () => {
    const { values, positionals } = (() => {
      try {
        return parseArgs({
          args: [...argv],
          allowPositionals: true,
          options: { root: { type: 'string' }, 'min-responses': { type: 'string' } },
        });
      } catch (error) {
        throw new CliFailure(`${(error as Error).message}\n${USAGE}`);
      }
    })();
    if (positionals.length !== 1) throw new CliFailure(USAGE);
    const min = values['min-responses'];
    const minResponses = min === undefined ? undefined : Number(min);
    if (minResponses !== undefined && !(Number.isInteger(minResponses) && minResponses > 0))
      throw new CliFailure(`--min-responses ${min}: give a whole number of at least 1.`);
    const statements = readStatements(resolve(io.cwd, positionals[0]!), positionals[0]!);
    const { issues, curriculum } = checkContent(resolve(io.cwd, values.root ?? '.'));
    if (contentErrors(issues).length > 0)
      throw new CliFailure(
        `${formatIssues(contentErrors(issues))}\nItem analysis needs valid content: fix these first.`,
      );
    const { thresholds, issues: thresholdIssues } = readCoverageThresholds(resolve(io.cwd, values.root ?? '.'));
    if (thresholdIssues.length > 0)
      throw new CliFailure(
        `${formatIssues(thresholdIssues)}\nItem analysis reads its settings from ${COVERAGE_FILE}: fix it first.`,
      );
    // The content-health page's settings, so the CLI prints what the page shows; --min-responses overrides.
    const options = { ...thresholds.itemAnalysis, ...(minResponses === undefined ? {} : { minResponses }) };
    const results = analyseItems(statements, curriculum.modules, options);
    io.stdout(`${formatItemAnalysis(results, statements.length, options.minResponses)}\n`);
    return results.some((r) => r.flags.length > 0) ? 1 : 0;
  });
}
