// SQLite primary result codes of a store that cannot take the write (https://sqlite.org/rescode.html):
// BUSY, LOCKED, NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
const SQLITE_UNAVAILABLE = new Set([5, 6, 7, 8, 10, 11, 13, 14, 26]);
// PostgreSQL SQLSTATE classes: 08 connection, 53 insufficient resources (disk full), 57 operator
// intervention (shutdown), 58 system error; and 25006 read-only transaction.
const POSTGRES_UNAVAILABLE = /^(08|53|57|58)/;
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

/**
 * Whether an error means the database cannot serve the request right now (read-only, full,
 * unreachable, I/O error) rather than a bug: the server answers 503, and nothing was recorded.
 */
export function isStorageFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; errcode?: unknown; message?: unknown };
  if (e.code === 'ERR_SQLITE_ERROR' && typeof e.errcode === 'number') return SQLITE_UNAVAILABLE.has(e.errcode & 0xff);
  if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code))
    return POSTGRES_UNAVAILABLE.test(e.code) || e.code === '25006';
  if (typeof e.code === 'string' && NETWORK.has(e.code)) return true;
  return typeof e.message === 'string' && /Connection terminated|connection timeout/i.test(e.message);
}
