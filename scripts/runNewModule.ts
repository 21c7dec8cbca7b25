import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/authoring/contentLayout';
import { moduleIdFor, moduleSkeleton } from '../src/authoring/moduleSkeleton';
import { readCurriculum } from '../src/authoring/readCurriculum';
import { didYouMean } from '../src/lib/curriculum/suggestId';
import { defaultSite } from '../src/lib/site/defaultSite';
import { CliFailure, type CliIo, exitCodeOf } from './cliIo';

const HELP = `Writes a new module, a skeleton that passes npm run check:content, to ${CONTENT_DIR}/modules/<id>.mdx.

Usage: npm run new:module -- --title "Mapping the buying centre" --develops stakeholder-mapping:2 [options]

  --title <text>           The module's title; its id (file name) is made from it.
  --develops <id:level>    A competency and the level the module develops it to; repeat for more.
  --prerequisites <a,b>    Ids of modules to take first, comma-separated.
  --duration <minutes>     How long the module takes (default 20).
  --root <dir>             The project folder (default: here); the curriculum is its ${CONTENT_DIR}/.
  --help                   Show this help.

Missing answers are asked for when run in a terminal. The placeholder text it writes is reported
by check:content as a warning until you replace it.
`;

/** The options, or a CliFailure naming an unknown or malformed one (never a stack trace). */
function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        title: { type: 'string' },
        develops: { type: 'string', multiple: true },
        prerequisites: { type: 'string' },
        duration: { type: 'string' },
        root: { type: 'string', default: '.' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new CliFailure(`new:module: ${(error as Error).message} Run npm run new:module -- --help for the options.`);
  }
}

/**
 * `npm run new:module -- --title "…" --develops competency:level [--develops …] [--prerequisites a,b]
 * [--duration 25] [--root dir]`: writes content/modules/<id>.mdx, a skeleton that passes the content
 * check. Missing answers are asked for through `io.ask` (a terminal), else it returns 1 naming the option.
 */
export function runNewModule(argv: readonly string[], io: CliIo): Promise<number> {
  return exitCodeOf(io, async () => {
    const fail: (message: string) => never = (message) => {
      throw new CliFailure(`new:module: ${message}`);
    };
    const values = parseOptions(argv);
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const root = resolve(io.cwd, values.root!);
    const { curriculum } = readCurriculum(root);
    const competencies = curriculum.competencies.map((c) => c.id);
    const modules = curriculum.modules.map((m) => m.id);
    const levels = curriculum.scale.map((l) => l.level);
    const ask = async (question: string): Promise<string> => {
      if (!io.ask)
        fail(
          `Missing ${question.replace(/[:?]\s*$/, '')}. Pass it as an option (see the top of scripts/runNewModule.ts).`,
        );
      return (await io.ask!(question)).trim();
    };

    const title = values.title ?? (await ask('Title: '));
    if (title.length < 3) fail('The title needs at least 3 characters.');
    const developsText =
      values.develops ??
      (
        await ask(
          `Competencies and levels, e.g. "stakeholder-mapping:2 value-selling:1" (ids: ${competencies.join(', ')}): `,
        )
      )
        .split(/[\s,]+/)
        .filter(Boolean);
    const develops = developsText.map((pair) => {
      const [competency = '', level = ''] = pair.split(':');
      if (!competencies.includes(competency))
        fail(
          `Unknown competency "${competency}".${didYouMean(competency, competencies)} Known: ${competencies.join(', ')}.`,
        );
      if (!levels.includes(Number(level)))
        fail(`"${pair}": the level must be one of ${levels.join(', ')}, written as competency:level.`);
      return { competency, level: Number(level) };
    });
    if (develops.length === 0) fail('Name at least one competency the module develops.');
    const prerequisites = (values.prerequisites ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const id of prerequisites)
      if (!modules.includes(id)) fail(`Unknown prerequisite module "${id}".${didYouMean(id, modules)}`);
    const duration = values.duration ? Number(values.duration) : undefined;
    if (duration !== undefined && !(Number.isInteger(duration) && duration > 0))
      fail('--duration takes whole minutes.');

    const id = moduleIdFor(title);
    // COHESION_CONTENT_DIR may be absolute: resolve, not join.
    const file = resolve(root, CONTENT_DIR, 'modules', `${id}.mdx`);
    if (existsSync(file))
      fail(`${CONTENT_DIR}/modules/${id}.mdx already exists; choose another title or edit that file.`);
    const model = curriculum.models[0]?.id;
    const region = curriculum.regions.find((r) => r.kind !== 'global');
    const place = region && {
      id: region.id,
      name: region.name,
      word: (curriculum.site ?? defaultSite).terms.region.one,
    };
    writeFileSync(
      file,
      moduleSkeleton({
        title,
        develops,
        prerequisites,
        ...(model ? { model } : {}),
        ...(place ? { place } : {}),
        ...(duration ? { duration } : {}),
      }),
    );
    io.stdout(
      `Wrote ${CONTENT_DIR}/modules/${id}.mdx. Open it, replace the placeholder text, and run npm run dev to see it at /modules/${id}/.\n`,
    );
    return 0;
  });
}
