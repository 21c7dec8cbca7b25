import type { APIRoute } from 'astro';
import { getCoverage } from '../../data/coverage';
import { coverageCsv } from '../../lib/coverage/coverageCsv';

/** The coverage matrix as a CSV download: one row per competency × level. */
export const GET: APIRoute = async () => {
  const { report } = await getCoverage();
  return new Response(coverageCsv(report.analysis), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
