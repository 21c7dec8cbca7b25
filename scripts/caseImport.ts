/**
 * `npm run case:import -- <framework.json> [--content-dir dir] [--force]` turns a 1EdTech CASE 1.0
 * package into content/framework.yaml and content/competencies/<id>.yaml. The work is runCaseImport's.
 */
import { applyContentDirOption } from './contentDirOption';
import { processIo } from './processIo';

const argv = process.argv.slice(2);
applyContentDirOption(argv);
const { runCaseImport } = await import('./runCaseImport');
process.exitCode = await runCaseImport(argv, processIo());
