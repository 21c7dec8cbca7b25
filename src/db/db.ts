import { AppDB } from './AppDB';

/** The one database instance the browser code shares. */
export const db = new AppDB();
