import { searchFileRoute } from '../../../data/searchFileRoute';

const route = searchFileRoute('shards');
export const getStaticPaths = route.paths;
/** One shard of a locale's search index: fetched when a query has a term that starts with its key. */
export const GET = route.file;
