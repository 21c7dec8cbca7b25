import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { storableStatement } from '../testing/storableStatement.ts';
import { SQLITE_BACKEND, TEST_BACKENDS, useTestRepository } from '../testing/testBackends.ts';
import { isSameStatement } from '../xapi/compareStatements.ts';
import type { StatementJson } from '../xapi/xapiTypes.ts';
import { openPostgresRepository } from './postgresRepository.ts';
import { openSqliteRepository } from './sqliteRepository.ts';

const by = (mbox: string, over: Partial<StatementJson> = {}) => storableStatement({ actor: { mbox }, ...over });

describe.each(TEST_BACKENDS)('aggregates kept from stored statements ($name)', (backend) => {
  const repository = useTestRepository(backend, { each: true });

  it('names the agents whose statements were stored since a cursor, and the owner of a statement voided since', async () => {
    const ana = by('mailto:ana@x.com');
    await repository.insertStatements([ana, by('mailto:ben@x.com')], [], isSameStatement);
    const first = await repository.agentsChangedSince(0);
    expect(first.agentKeys.sort()).toEqual(['mbox:mailto:ana@x.com', 'mbox:mailto:ben@x.com']);
    expect(await repository.agentsChangedSince(first.through)).toEqual({ through: first.through, agentKeys: [] });
    // An admin voids Ana's statement: Ana's aggregates change though she stored nothing.
    const voiding = by('mailto:admin@x.com', {
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: ana.statement.id! },
    });
    await repository.insertStatements([voiding], [], isSameStatement);
    expect((await repository.agentsChangedSince(first.through)).agentKeys.sort()).toEqual([
      'mbox:mailto:admin@x.com',
      'mbox:mailto:ana@x.com',
    ]);
  });

  it("reads an agent's own statements a page at a time, leaving voided ones out", async () => {
    const own = Array.from({ length: 5 }, () => by('mailto:cy@x.com'));
    await repository.insertStatements([...own, by('mailto:dee@x.com')], [], isSameStatement);
    await repository.insertStatements(
      [
        by('mailto:admin@x.com', {
          verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
          object: { objectType: 'StatementRef', id: own[4]!.statement.id! },
        }),
      ],
      [],
      isSameStatement,
    );
    const page = await repository.agentStatements('mbox:mailto:cy@x.com', 0, 3);
    expect(page.statements.map((s) => s.id)).toEqual(own.slice(0, 3).map((o) => o.statement.id));
    const rest = await repository.agentStatements('mbox:mailto:cy@x.com', page.next!, 3);
    expect(rest).toEqual({ statements: [expect.objectContaining({ id: own[3]!.statement.id })], next: undefined });
  });

  it('writes and reads aggregates by kind (all, or the keys asked for), replacing a kind when asked, and tells listeners after each stored batch', async () => {
    await repository.writeAggregates('workforce', [
      ['a', '1'],
      ['b', '2'],
    ]);
    await repository.writeAggregates('workforce', [['b', '3']]);
    expect(await repository.readAggregates('workforce')).toEqual(
      new Map([
        ['a', '1'],
        ['b', '3'],
      ]),
    );
    expect(await repository.readAggregates('workforce', ['b', 'z'])).toEqual(new Map([['b', '3']]));
    expect(await repository.readAggregates('workforce', [])).toEqual(new Map());
    await repository.writeAggregates('workforce', [['c', '4']], true);
    expect(await repository.readAggregates('workforce')).toEqual(new Map([['c', '4']]));
    let told = 0;
    const stop = repository.onStatementsStored(() => (told += 1));
    await repository.insertStatements([by('mailto:eve@x.com')], [], isSameStatement);
    stop();
    await repository.insertStatements([by('mailto:eve@x.com')], [], isSameStatement);
    expect(told).toBe(1);
  });

  it('runs work under one name one at a time, and work under another name alongside', async () => {
    const log: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const first = repository.exclusively('a', async () => {
      log.push('a1 in');
      await released;
      log.push('a1 out');
      return 'a1';
    });
    await expect.poll(() => log).toContain('a1 in');
    const second = repository.exclusively('a', async () => {
      log.push('a2 in');
      return 'a2';
    });
    // Work under another name runs to its end while the first holds "a"; the second waits for it.
    const other = await repository.exclusively('b', async () => {
      log.push('b');
      return 'b';
    });
    expect(other).toBe('b');
    expect(log).toEqual(['a1 in', 'b']);
    release();
    expect(await Promise.all([first, second])).toEqual(['a1', 'a2']);
    expect(log).toEqual(['a1 in', 'b', 'a1 out', 'a2 in']);
    // A failure frees the name.
    await expect(repository.exclusively('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await repository.exclusively('a', async () => 'free')).toBe('free');
  });

  it.runIf(backend.name === 'postgres')(
    'runs exclusive work that queries the database on a pool of one connection (PostgreSQL)',
    async () => {
      const opened = await backend.open();
      const single = await openPostgresRepository(opened.serverEnv.DATABASE_URL!, 1);
      try {
        expect(await single.exclusively('pool', () => single.readAggregates('workforce'))).toEqual(new Map());
      } finally {
        await single.close();
        await opened.repository.close();
        await opened.cleanup();
      }
    },
    10_000,
  );

  it.runIf(backend.name === 'postgres')(
    "keeps the summaries uncompressed on PostgreSQL, so a report's whole read does not decompress each",
    async () => {
      const opened = await backend.open();
      const client = new pg.Client(opened.serverEnv.DATABASE_URL!);
      await client.connect();
      try {
        const { rows } = await client.query(
          "SELECT attstorage FROM pg_attribute WHERE attrelid = 'aggregates'::regclass AND attname = 'value'",
        );
        expect(rows).toEqual([{ attstorage: 'e' }]); // EXTERNAL: out of line when large, never compressed
      } finally {
        await client.end();
        await opened.repository.close();
        await opened.cleanup();
      }
    },
    10_000,
  );
});

describe('migration 13 (evidence histories stored compact, under a new kind)', () => {
  it('drops the histories stored in the older form and keeps every other kind', async () => {
    const { repository, location, cleanup } = await SQLITE_BACKEND.open();
    try {
      await repository.writeAggregates('evidence', [['ana', '{"assessments":[],"completions":[]}']]);
      await repository.writeAggregates('workforce', [['ana', '{"levels":{}}']]);
      await repository.close();
      // The database as a server before migration 13 left it.
      const db = new DatabaseSync(location);
      db.exec('DELETE FROM schema_migrations WHERE version = 13');
      db.close();
      const migrated = await openSqliteRepository(location);
      try {
        expect((await migrated.readAggregates('evidence')).size).toBe(0);
        expect([...(await migrated.readAggregates('workforce'))]).toEqual([['ana', '{"levels":{}}']]);
      } finally {
        await migrated.close();
      }
    } finally {
      await cleanup();
    }
  });
});
