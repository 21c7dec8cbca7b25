import { DatabaseSync } from 'node:sqlite';
import { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledQueries } from './compiledQueries.ts';
import { NodeSqliteDialect } from './nodeSqliteDialect.ts';

interface Tables {
  items: { id: number; name: string };
}

describe('compiledQueries', () => {
  let db: Kysely<Tables>;
  beforeEach(() => {
    const sqlite = new DatabaseSync(':memory:');
    sqlite.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    db = new Kysely<Tables>({ dialect: new NodeSqliteDialect(sqlite) });
  });
  afterEach(() => db.destroy());

  it('builds a query once per key and runs its compiled text with the parameters of each call', async () => {
    const cached = compiledQueries();
    let builds = 0;
    const insert = (rows: Tables['items'][]) =>
      cached(
        db,
        `insert items x${rows.length}`,
        () => {
          builds++;
          return db.insertInto('items').values(rows);
        },
        rows.flatMap((r) => [r.id, r.name]),
      );
    await insert([{ id: 1, name: 'one' }]);
    await insert([{ id: 2, name: 'two' }]);
    await insert([
      { id: 3, name: 'three' },
      { id: 4, name: 'four' },
    ]);
    const select = (ids: number[]) =>
      cached(db, `items x${ids.length}`, () => db.selectFrom('items').selectAll().where('id', 'in', ids), ids);

    expect(await select([2, 4])).toEqual([
      { id: 2, name: 'two' },
      { id: 4, name: 'four' },
    ]);
    expect(await select([1, 3])).toEqual([
      { id: 1, name: 'one' },
      { id: 3, name: 'three' },
    ]);
    expect(builds).toBe(2);
  });

  it('refuses parameters that are not the ones the query compiles to, in order', async () => {
    const cached = compiledQueries();
    await expect(
      cached(db, 'insert one', () => db.insertInto('items').values({ id: 1, name: 'one' }), ['one', 1]),
    ).rejects.toThrow('Query "insert one": the parameters given are not the ones it compiles to, in that order.');
    expect(await db.selectFrom('items').selectAll().execute()).toEqual([]);
  });
});
