import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREPARED, PreparingClient } from './preparedStatements.ts';

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('PreparingClient (PostgreSQL)', () => {
  let client: PreparingClient;
  beforeEach(async () => {
    client = new PreparingClient({ connectionString: url });
    await client.connect();
  });
  afterEach(() => client.end());

  const preparedTexts = async () =>
    (await client.query('SELECT statement FROM pg_prepared_statements')).rows.map(
      (r: { statement: string }) => r.statement,
    );

  it('keeps a marked query prepared on its connection, so later calls reuse it rather than plan it again', async () => {
    const text = `${PREPARED}SELECT $1::int + 1 AS n`;
    expect((await client.query(text, [1])).rows).toEqual([{ n: 2 }]);
    expect((await client.query(text, [41])).rows).toEqual([{ n: 42 }]);
    expect(await preparedTexts()).toEqual([text]);
  });

  it('runs unmarked queries as before, unprepared', async () => {
    expect((await client.query('SELECT $1::int AS n', [7])).rows).toEqual([{ n: 7 }]);
    expect(await preparedTexts()).toEqual([]);
  });

  it('prepares at most 64 texts on a connection and still answers the others', async () => {
    for (let i = 0; i < 70; i++)
      expect((await client.query(`${PREPARED}SELECT $1::int + ${i} AS n`, [1])).rows).toEqual([{ n: i + 1 }]);
    expect(await preparedTexts()).toHaveLength(64);
  });
});
