/**
 * `npm run server -- <command>`: the admin CLI. Reads the same environment as the server
 * (DATABASE_URL or COHESION_DB_FILE).
 *
 *   user add --role admin|lead|learner --username NAME [--agent JSON] [--password SECRET]
 *   user list
 *   user remove NAME
 *   enrol code [--agent JSON] [--hours 72]
 *   migrate
 *   backup FILE / restore FILE   (SQLite; PostgreSQL: pg_dump / pg_restore, see server/README.md)
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { hashEnrolmentCode, newDeviceSecret, newEnrolmentCode } from './auth/enrolmentCode.ts';
import { hashSecret } from './auth/hashSecret.ts';
import { readConfig, type ServerConfig } from './config.ts';
import { MIGRATIONS } from './storage/migrations.ts';
import { openRepository } from './storage/openRepository.ts';
import type { Repository, Role } from './storage/repository.ts';
import { backupSqlite, restoreSqlite } from './storage/sqliteBackup.ts';
import { parseAgentParam } from './xapi/parseAgentParam.ts';

const USAGE = `Usage: npm run server -- <command>
  user add --role admin|lead|learner --username NAME [--agent JSON] [--password SECRET]
  user list
  user remove NAME
  enrol code [--agent JSON] [--hours 72]
  migrate
  backup FILE                 copy the SQLite database to FILE (safe while the server runs)
  restore FILE                replace the SQLite database with FILE (stop the server first)`;

/** PostgreSQL is backed up with its own tools: the commands, for the message. */
const PG_BACKUP = `PostgreSQL is backed up with its own tools:
  pg_dump --format=custom --file=cohesion.dump "$DATABASE_URL"
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" cohesion.dump`;

async function run(repository: Repository, argv: string[], config: ServerConfig): Promise<string> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      username: { type: 'string' },
      agent: { type: 'string' },
      password: { type: 'string' },
      hours: { type: 'string' },
    },
  });
  const [group, action, name] = positionals;
  const agentOption = () => (values.agent === undefined ? null : parseAgentParam(values.agent, '--agent').agent);

  if (group === 'user' && action === 'add') {
    const role = values.role as Role | undefined;
    if (role === undefined || !['admin', 'lead', 'learner'].includes(role))
      throw new Error('--role must be admin, lead or learner.');
    const username = values.username ?? `${role}-${randomBytes(4).toString('hex')}`;
    if (!/^[A-Za-z0-9._@-]{1,64}$/.test(username))
      throw new Error('--username: letters, digits and . _ @ - only (no colon: it separates Basic credentials).');
    const agent = agentOption();
    if (role === 'learner' && agent === null)
      throw new Error(
        'A learner credential speaks for one agent: add --agent \'{"account":{"homePage":"https://…","name":"…"}}\'.',
      );
    if (await repository.findUser(username))
      throw new Error(`User "${username}" already exists; remove it first or pick another name.`);
    const password = values.password ?? newDeviceSecret();
    await repository.createUser({
      username,
      secretHash: await hashSecret(password, config.passwordHashCost),
      role,
      agent,
      createdMs: Date.now(),
    });
    return `Created ${role} "${username}". Its password is shown once, now:\n  ${password}\nHTTP Basic credentials for /xapi/: ${username}:<password>`;
  }
  if (group === 'user' && action === 'list') {
    const users = await repository.listUsers();
    return users.length === 0
      ? 'No users.'
      : users.map((u) => `${u.username}\t${u.role}\t${u.agent === null ? '' : JSON.stringify(u.agent)}`).join('\n');
  }
  if (group === 'user' && action === 'remove' && name !== undefined) {
    return (await repository.deleteUser(name)) ? `Removed "${name}".` : `No user "${name}".`;
  }
  if (group === 'enrol' && action === 'code') {
    const hours = Number(values.hours ?? 72);
    if (!(hours > 0)) throw new Error('--hours must be a positive number.');
    const code = newEnrolmentCode();
    const expiresMs = Date.now() + hours * 3_600_000;
    await repository.createEnrolmentCode({
      codeHash: hashEnrolmentCode(code),
      issuedBy: 'cli',
      agent: agentOption(),
      expiresMs,
      addsDevice: true,
    });
    return `Enrolment code (one use, until ${new Date(expiresMs).toISOString()}):\n  ${code}`;
  }
  if (group === 'migrate') {
    const versions = await repository.migrationVersions();
    return `Schema at version ${versions.at(-1)} (${versions.length} of ${MIGRATIONS.length} migrations applied).`;
  }
  throw new Error(USAGE);
}

/** Runs one CLI command against the configured storage and returns what it prints. */
export async function runCli(argv: string[], env: Record<string, string | undefined> = process.env): Promise<string> {
  const config = readConfig(env);
  const [command, file] = argv;
  if (command === 'backup' || command === 'restore') {
    if (file === undefined) throw new Error(USAGE);
    if (config.databaseUrl !== undefined) throw new Error(PG_BACKUP);
    if (command === 'backup') {
      await backupSqlite(config.dbFile, file);
      return `Backed up ${config.dbFile} to ${file}.`;
    }
    await restoreSqlite(file, config.dbFile);
    return `Restored ${config.dbFile} from ${file}.`;
  }
  const repository = await openRepository(config);
  try {
    return await run(repository, argv, config);
  } finally {
    await repository.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then(
    (out) => console.log(out),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
