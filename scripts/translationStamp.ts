/**
 * `npm run translation:stamp -- <locale> <id>` (or `-- --notes <module id>`): records that a
 * translation, or a module's local notes, are up to date with their source. The work is runTranslationStamp's.
 */
import { processIo } from './processIo';
import { runTranslationStamp } from './runTranslationStamp';

process.exitCode = await runTranslationStamp(process.argv.slice(2), processIo());
