import type { BuiltSearch } from './buildSearchIndex';
import type { SearchFiles } from './createSearcher';

/**
 * The files of a built search served from memory, each through a JSON round trip as a browser gets
 * it, with every file fetched recorded in `fetched`: for tests and benchmarks in Node.
 */
export function builtSearchFiles(built: BuiltSearch): SearchFiles & { fetched: string[] } {
  const fetched: string[] = [];
  const serve = async <T>(files: Map<string, T>, file: string): Promise<T> => {
    fetched.push(file);
    const content = files.get(file);
    if (content === undefined) throw new Error(`No search file "${file}".`);
    return JSON.parse(JSON.stringify(content)) as T;
  };
  return {
    fetched,
    shard: (file) => serve(built.shards, file),
    records: (file) => serve(built.records, file),
  };
}
