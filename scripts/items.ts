/**
 * `npm run items -- <statements.json>`: prints the item-analysis flags of the curriculum's knowledge
 * checks, each with the module file to fix, from an exported statement file. The work is runItems's.
 */
import { processIo } from './processIo';
import { runItems } from './runItems';

process.exitCode = await runItems(process.argv.slice(2), processIo());
