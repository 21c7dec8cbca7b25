import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCurriculum } from '../src/authoring/readCurriculum';
import { stampLocalNotes, stampTranslation } from '../src/authoring/stampTranslation';
import { CliFailure, type CliIo, exitCodeOf } from './cliIo';

const USAGE =
  'Usage: npm run translation:stamp -- <locale> <id> [--root dir]   (a translation is up to date with its source)\n' +
  '       npm run translation:stamp -- --notes <module id> [--root dir]   (its local notes are up to date with their sections)';

/**
 * `npm run translation:stamp -- <locale> <id>`: records the current source's hashes in every
 * translation of `<id>` into `<locale>` (module, competency or path); `--notes <module id>` records
 * the hash of the section each of the module's `<LocalNote adapts="…">` adapts. Prints what it stamped.
 */
export function runTranslationStamp(argv: readonly string[], io: CliIo): Promise<number> {
  return exitCodeOf(io, () => {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { notes: { type: 'string' }, root: { type: 'string' } },
    });
    const root = resolve(io.cwd, values.root ?? '.');
    const { curriculum } = readCurriculum(root);
    if (values.notes !== undefined) {
      const module = curriculum.modules.find((m) => m.id === values.notes);
      if (!module) throw new CliFailure(`No module "${values.notes}" in the curriculum.\n${USAGE}`);
      const stamped = stampLocalNotes(root, module);
      if (stamped.length === 0) throw new CliFailure(`${module.file} has no <LocalNote adapts="…"> to stamp.`);
      io.stdout(
        `Stamped ${stamped.length} local note(s) in ${module.file}, adapting ${[...new Set(stamped)].join(', ')}.\n`,
      );
      return 0;
    }
    const [locale, id] = positionals;
    if (!locale || !id) throw new CliFailure(USAGE);
    const overlays = (curriculum.translations ?? []).filter((t) => t.locale === locale && t.id === id);
    if (overlays.length === 0)
      throw new CliFailure(`No translation of "${id}" into "${locale}" under content/translations/${locale}/.`);
    for (const translation of overlays) {
      const stamp = stampTranslation(root, curriculum, translation);
      io.stdout(`Stamped ${translation.file}: source ${stamp.hash}, ${Object.keys(stamp.sections).length} sections.\n`);
    }
    return 0;
  });
}
