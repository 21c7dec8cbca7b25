import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { analyseTally } from '../../src/lib/itemAnalysis/analyseItems.ts';
import { type ItemBank, itemBankSchema } from '../../src/lib/itemAnalysis/itemBankSchema.ts';
import { itemQuerySchema } from '../../src/lib/itemAnalysis/itemQuerySchema.ts';
import { itemReportOf } from '../../src/lib/itemAnalysis/itemReportOf.ts';
import { createItemTally, type ItemTally, tallyStatements } from '../../src/lib/itemAnalysis/itemTally.ts';
import type { LearningStatement } from '../../src/lib/progress/statements.ts';
import { VERBS } from '../../src/lib/progress/xapiIds.ts';
import { leadOf } from '../auth/leadOf.ts';
import type { Principal } from '../auth/principal.ts';
import type { Repository } from '../storage/repository.ts';
import { badRequest, XapiError } from '../xapi/xapiError.ts';
import { parseQuery } from './parseQuery.ts';
import { siteJsonReader } from './readSiteCurriculum.ts';

/** Statements read per page: the tally, not the store, is held in memory. */
const PAGE = 500;
/** The verbs item analysis reads: the answers, and the module passes discrimination compares them with. */
const ITEM_VERBS = [VERBS.answered.id, VERBS.completed.id, VERBS.passed.id];

/** What the item routes need from the API context. */
export interface ItemContext {
  repository: Repository;
  /** The caller: Basic credentials or the session cookie. */
  principal(request: FastifyRequest): Promise<Principal>;
  siteDir: string;
}

/** Every stored statement of the item verbs (voided ones left out by storage) tallied a page at a time, the event loop free in between. */
async function tallyStore(repository: Repository): Promise<ItemTally> {
  const tally = createItemTally();
  for (const verbId of ITEM_VERBS) {
    let after: number | undefined;
    do {
      const page = await repository.queryStatements({
        verbId,
        relatedAgents: false,
        relatedActivities: false,
        ascending: true,
        limit: PAGE,
        after,
      });
      // Stored statements are validated and always carry id and timestamp (the LRS sets them).
      tallyStatements(tally, page.statements as unknown as LearningStatement[]);
      after = page.next;
      await yieldToEventLoop();
    } while (after !== undefined);
  }
  return tally;
}

/**
 * `GET /api/items`, for COE leads and admins: the item analysis of the built site's knowledge checks
 * (`/coverage/item-bank.json`: module files, answer keys and the settings of content/coverage.yaml)
 * from the LRS's `answered` statements, first attempts only. Questions below the minimum of
 * responses are only counted; no figure is ever per learner. `?show=all` lists every analysed
 * question, `?module=<id>` one module's.
 */
export function itemRoutes(app: FastifyInstance, context: ItemContext) {
  const bankOf = siteJsonReader(
    context.siteDir,
    'coverage/item-bank.json',
    "Item analysis needs the built site's item bank",
    (json, file): ItemBank => {
      const parsed = itemBankSchema.safeParse(json);
      if (!parsed.success) throw new XapiError(503, `${file} is not Cohesion's item bank; rebuild the site.`);
      return parsed.data;
    },
  );
  // The tally of the store as of its newest statement (a voiding statement is a new one too), shared by the requests meanwhile.
  let cached: { through: number; tally: Promise<ItemTally> } | undefined;

  app.get('/items', async (request, reply) => {
    await leadOf(context.principal, request, 'Item analysis is for COE leads and admins');
    const { show, module } = parseQuery(request, itemQuerySchema, 'item analysis query');
    const bank = await bankOf();
    const modules = module === undefined ? bank.modules : bank.modules.filter((m) => m.id === module);
    if (modules.length === 0)
      throw badRequest(`Unknown module "${module}": the built site has no module with this id.`);
    const { through } = await context.repository.agentsChangedSince(Number.MAX_SAFE_INTEGER);
    if (cached?.through !== through) {
      cached = { through, tally: tallyStore(context.repository) };
      cached.tally.catch(() => (cached = undefined));
    }
    const results = analyseTally(await cached.tally, modules, bank.settings);
    return reply.header('Cache-Control', 'no-store').send(itemReportOf(results, bank.settings, show));
  });
}
