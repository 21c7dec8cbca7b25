import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NodeSqliteDialect } from './nodeSqliteDialect.ts';

interface Tables {
  items: { id: number; name: string; done: boolean | number };
}

describe('NodeSqliteDialect (Kysely on node:sqlite)', () => {
  let dir: string;
  let file: string;
  let db: Kysely<Tables>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cohesion-dialect-'));
    file = join(dir, 'test.sqlite');
    const sqlite = new DatabaseSync(file);
    sqlite.exec(
      'PRAGMA journal_mode = WAL; CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, done INTEGER NOT NULL)',
    );
    db = new Kysely<Tables>({ dialect: new NodeSqliteDialect(sqlite) });
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('binds booleans as 1 and 0, returns inserted rows, and counts changed rows', async () => {
    const inserted = await db
      .insertInto('items')
      .values([
        { id: 1, name: 'a', done: true },
        { id: 2, name: 'b', done: false },
      ])
      .returning(['id', 'done'])
      .execute();
    expect(inserted).toEqual([
      { id: 1, done: 1 },
      { id: 2, done: 0 },
    ]);
    expect(await db.selectFrom('items').select('name').where('done', '=', true).execute()).toEqual([{ name: 'a' }]);
    const { numUpdatedRows } = await db.updateTable('items').set({ done: true }).executeTakeFirst();
    expect(numUpdatedRows).toBe(2n);
    const { numDeletedRows } = await db.deleteFrom('items').where('id', '=', 3).executeTakeFirst();
    expect(numDeletedRows).toBe(0n);
  });

  it('rolls a failed transaction back whole', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ id: 1, name: 'a', done: false }).execute();
        await trx.insertInto('items').values({ id: 1, name: 'clash', done: false }).execute();
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await db.selectFrom('items').selectAll().execute()).toEqual([]);
  });

  it('runs one transaction at a time: a query waits until the open transaction ends', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const first = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ id: 1, name: 'first', done: false }).execute();
      await held;
      order.push('first commits');
    });
    const second = db
      .selectFrom('items')
      .selectAll()
      .execute()
      .then((rows) => order.push(`second reads ${rows.length}`));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first commits', 'second reads 1']);
  });

  it("takes the database's write lock when a transaction begins, so another process's writer waits rather than both failing", async () => {
    const other = new DatabaseSync(file);
    other.exec('PRAGMA busy_timeout = 0');
    try {
      await db.transaction().execute(async (trx) => {
        await sql`SELECT 1`.execute(trx); // a read only: a deferred BEGIN would hold no write lock yet
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked/);
      });
      other.exec('BEGIN IMMEDIATE; ROLLBACK');
    } finally {
      other.close();
    }
  });
});
