/**
 * `npm run coverage [dir]`: prints the competency × level coverage matrix and content-health
 * findings of the curriculum, and exits 1 when a threshold of content/coverage.yaml is not met
 * (or the content itself is invalid), so CI can gate on coverage. The work is runCoverage's.
 */
import { processIo } from './processIo';
import { runCoverage } from './runCoverage';

process.exitCode = runCoverage(process.argv.slice(2), processIo());
