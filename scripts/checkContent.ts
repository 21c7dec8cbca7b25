/**
 * `npm run check:content [dir]`: validates the curriculum in seconds, without a build.
 * Exits 1 and prints every problem when something is wrong. The work is runCheckContent's.
 */
import { processIo } from './processIo';
import { runCheckContent } from './runCheckContent';

process.exitCode = await runCheckContent(process.argv.slice(2), processIo());
