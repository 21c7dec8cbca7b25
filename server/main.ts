/**
 * `npm start` (after the site build): one process serving the built site, the xAPI LRS at /xapi/
 * and Cohesion's API at /api/, on PORT (4321), storing in .data/cohesion.sqlite unless DATABASE_URL
 * names a PostgreSQL database.
 */
import { randomBytes } from 'node:crypto';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { openRepository } from './storage/openRepository.ts';

const config = readConfig(process.env);
// Four PostgreSQL connections open before listening: the reports planned at start use several at once.
const repository = await openRepository({ ...config, openConnections: 4 });
const users = await repository.listUsers();
// While there are no users, whoever can read this process's output may create the first admin in the browser.
const setupToken = users.length === 0 ? randomBytes(18).toString('base64url') : undefined;
const app = await buildApp(repository, config, { setupToken });

const address = await app.listen({ port: config.port, host: config.host });
const where = config.databaseUrl === undefined ? config.dbFile : 'PostgreSQL (DATABASE_URL)';
// Plain lines whatever LOG_LEVEL says: people (and the tests) read the address from here.
console.log(
  `Cohesion listening at ${address} — site, xAPI 2.0 LRS at ${address}/xapi/, API at ${address}/api/ — storage: ${where}`,
);
if (users.length === 0) {
  console.log(
    `No users yet. Create the first admin in the browser at ${address}/account/ with this one-time setup token:\n  ${setupToken}\nor on the command line:  npm run server -- user add --role admin --username admin`,
  );
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: finishing requests in flight, then closing storage`);
    // A request that never ends must not keep the process from stopping (its client gets no answer, so nothing is acknowledged).
    setTimeout(() => process.exit(1), config.requestTimeoutMs + 5_000).unref();
    void app
      .close()
      .then(() => repository.close())
      .then(() => process.exit(0));
  });
}
