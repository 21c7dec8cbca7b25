import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { readConfig } from '../config.ts';
import type { Repository } from '../storage/repository.ts';
import { TEST_HASH_COST } from './testHashCost.ts';

/** A server on its own connection to a shared database, counting the statements and State documents its repository reads. */
export interface Counted {
  url: string;
  app: FastifyInstance;
  repository: Repository;
  statementsRead: () => number;
  documentsRead: () => number;
  /** Learners' aggregates read from the `aggregates` table (cursors not counted). */
  aggregatesRead: () => number;
}

/** Serves the API on `repository` (its own connection) with the site in `siteDir`, on a free port, counting reads. */
export async function serveCounting(repository: Repository, siteDir: string): Promise<Counted> {
  let statementsRead = 0;
  let documentsRead = 0;
  let aggregatesRead = 0;
  const counting = new Proxy(repository, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as (...a: unknown[]) => Promise<unknown>;
      if (property === 'agentStatements' || property === 'queryStatements')
        return async (...args: unknown[]) => {
          const page = (await value.apply(target, args)) as { statements: unknown[] };
          statementsRead += page.statements.length;
          return page;
        };
      if (property === 'readAggregates')
        return async (...args: unknown[]) => {
          const found = (await value.apply(target, args)) as Map<string, string>;
          aggregatesRead += [...found.keys()].filter((key) => key !== '').length;
          return found;
        };
      if (property === 'listStateDocuments')
        return async (...args: unknown[]) => {
          const found = await value.apply(target, args);
          documentsRead += (found as unknown[]).length;
          return found;
        };
      return value;
    },
  });
  const config = readConfig({
    COHESION_SITE_DIR: siteDir,
    LOG_LEVEL: 'silent',
    PASSWORD_HASH_COST: String(TEST_HASH_COST),
  });
  const app = await buildApp(counting, config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    repository,
    statementsRead: () => statementsRead,
    documentsRead: () => documentsRead,
    aggregatesRead: () => aggregatesRead,
  };
}
