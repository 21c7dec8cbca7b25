/**
 * `npm run new:module -- --title "Mapping the buying centre" --develops stakeholder-mapping:2 [--develops …]
 *  [--prerequisites a,b] [--duration 25]` writes content/modules/<id>.mdx, a skeleton that passes
 * the content check. Missing answers are asked for when run in a terminal. The work is runNewModule's.
 */
import { processIo } from './processIo';
import { runNewModule } from './runNewModule';

process.exitCode = await runNewModule(process.argv.slice(2), processIo());
