import { searchFileRoute } from '../../../data/searchFileRoute';

const route = searchFileRoute('records');
export const getStaticPaths = route.paths;
/** One block of a locale's search records: fetched when one of its modules is among the results shown. */
export const GET = route.file;
