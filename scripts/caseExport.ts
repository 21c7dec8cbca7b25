/**
 * `npm run case:export -- [--out file.json] [--content-dir dir]` writes the competency framework as
 * a 1EdTech CASE 1.0 package (JSON) to the file, or to standard output. The work is runCaseExport's.
 */
import { applyContentDirOption } from './contentDirOption';
import { processIo } from './processIo';

const argv = process.argv.slice(2);
applyContentDirOption(argv);
const { runCaseExport } = await import('./runCaseExport');
process.exitCode = await runCaseExport(argv, processIo());
