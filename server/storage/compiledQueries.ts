import { type Compilable, CompiledQuery, type Kysely } from 'kysely';

const MAX_TEXTS = 512;

/** Runs a query through the cache: see compiledQueries. */
export type CompiledQueries = <R>(
  // biome-ignore lint/suspicious/noExplicitAny: the cached text runs on any database or transaction handle.
  db: Kysely<any>,
  key: string,
  build: () => Compilable<R>,
  parameters: readonly unknown[],
) => Promise<R[]>;

/**
 * A cache of compiled SQL text by query shape, for hot paths where building and compiling a Kysely
 * query costs more than running it. `run(db, key, build, parameters)` builds and compiles the query
 * only the first time `key` is seen; later calls run the cached text with `parameters`. The key must
 * name all that changes the text (a list's length, the columns); `parameters` lists the values in the
 * order the compiler binds them, which is checked against the compiled query when it is first built.
 */
export function compiledQueries(): CompiledQueries {
  const texts = new Map<string, string>();
  return async function run<R>(
    // biome-ignore lint/suspicious/noExplicitAny: the cached text runs on any database or transaction handle.
    db: Kysely<any>,
    key: string,
    build: () => Compilable<R>,
    parameters: readonly unknown[],
  ): Promise<R[]> {
    let text = texts.get(key);
    if (text === undefined) {
      const compiled = build().compile();
      if (compiled.parameters.length !== parameters.length || compiled.parameters.some((p, i) => p !== parameters[i]))
        throw new Error(`Query "${key}": the parameters given are not the ones it compiles to, in that order.`);
      text = compiled.sql;
      // Bounded: keys carry list lengths, so a long-running server sees many.
      if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value!);
      texts.set(key, text);
    }
    return (await db.executeQuery<R>(CompiledQuery.raw(text, [...parameters]))).rows;
  };
}
