import type { APIRoute } from 'astro';
import { getCoverage } from '../../data/coverage';
import { itemBankOf } from '../../lib/itemAnalysis/itemBankSchema';

/** The knowledge checks with their module files and the item-analysis settings, read by the server's /api/items. */
export const GET: APIRoute = async () => {
  const { catalog, report } = await getCoverage();
  return new Response(JSON.stringify(itemBankOf(catalog.curriculum, report.thresholds.itemAnalysis)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
