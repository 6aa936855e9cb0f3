// The server's data in PostgreSQL, for a larger deployment (`--postgres <url>`): the same two
// tables as the SQLite file (store.ts), each document's Yjs updates and each document's credential
// hashes, so several servers can share one store. Each update is committed before the server
// applies and acknowledges it (the caller awaits `appendUpdate`). Document writes go through one
// queue in the order they were made; a document is loaded only after the writes before it have
// landed. A compaction merges the rows it deletes into the row it writes, so a row another server
// wrote meanwhile is never lost.
import pg from 'pg';
import { redactedUrl } from './redact-url';
import { mergeStored, type Credentials, type SyncStore } from './store';

/** Any fixed number: the advisory lock every server takes while it creates the tables. */
const SCHEMA_LOCK = 22301;

export async function openPostgresStore(url: string, onError: (error: Error) => void): Promise<SyncStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection that breaks (the database restarts) must not end the process.
  pool.on('error', onError);
  // Several servers starting at once against one database: CREATE … IF NOT EXISTS is not safe
  // against a concurrent one (a unique-constraint error on the catalogue), so the servers take
  // turns under a transaction-scoped advisory lock.
  await pool.query(`
    BEGIN;
    SELECT pg_advisory_xact_lock(${SCHEMA_LOCK});
    CREATE TABLE IF NOT EXISTS doc_updates (
      id BIGSERIAL PRIMARY KEY,
      name TEXT NOT NULL,
      data BYTEA NOT NULL
    );
    CREATE INDEX IF NOT EXISTS doc_updates_name ON doc_updates (name, id);
    CREATE TABLE IF NOT EXISTS credentials (
      name TEXT PRIMARY KEY,
      edit_hash TEXT NOT NULL,
      read_hash TEXT NOT NULL,
      updated_at TIMESTAMPTZ NOT NULL
    );
    COMMIT;
  `);
  let writes: Promise<void> = Promise.resolve();
  let closed = false;
  /** Runs `write` after the writes before it; the result says how this one ended. */
  const enqueue = (write: () => Promise<unknown>): Promise<void> => {
    const done = writes.then(write).then(() => undefined);
    writes = done.catch(() => undefined);
    return done;
  };
  const credentials = async (name: string): Promise<Credentials | null> => {
    const { rows } = await pool.query<{ edit_hash: string; read_hash: string }>(
      'SELECT edit_hash, read_hash FROM credentials WHERE name = $1',
      [name],
    );
    return rows[0] ? { editHash: rows[0].edit_hash, readHash: rows[0].read_hash } : null;
  };

  return {
    where: `PostgreSQL ${redactedUrl(url, 'PostgreSQL')}`,
    async loadDocument(name) {
      await writes;
      const { rows } = await pool.query<{ data: Buffer }>(
        'SELECT data FROM doc_updates WHERE name = $1 ORDER BY id',
        [name],
      );
      return mergeStored(rows.map((row) => new Uint8Array(row.data)));
    },
    appendUpdate(name, update) {
      if (closed) return Promise.reject(new Error('the store is closed'));
      const data = Buffer.from(update);
      // One statement, so PostgreSQL commits it on its own before the promise resolves.
      return enqueue(() => pool.query('INSERT INTO doc_updates (name, data) VALUES ($1, $2)', [name, data]));
    },
    compactDocument(name, state) {
      if (closed) return Promise.resolve();
      const compacted = enqueue(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<{ id: string; data: Buffer }>(
            'SELECT id, data FROM doc_updates WHERE name = $1 ORDER BY id FOR UPDATE',
            [name],
          );
          // Only the rows read are deleted: one committed after the SELECT stays as it is.
          const merged = mergeStored([state, ...rows.map((row) => new Uint8Array(row.data))])!;
          await client.query('DELETE FROM doc_updates WHERE id = ANY($1::bigint[])', [
            rows.map((row) => row.id),
          ]);
          await client.query('INSERT INTO doc_updates (name, data) VALUES ($1, $2)', [
            name,
            Buffer.from(merged),
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      });
      // A failed compaction loses nothing (the rows stay); it is reported, not thrown at Hocuspocus.
      return compacted.catch((error: unknown) =>
        onError(error instanceof Error ? error : new Error(String(error))),
      );
    },
    credentials,
    async register(name, creds) {
      await pool.query(
        `INSERT INTO credentials (name, edit_hash, read_hash, updated_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (name) DO NOTHING`,
        [name, creds.editHash, creds.readHash],
      );
      return (await credentials(name))!;
    },
    async replaceCredentials(name, creds) {
      await pool.query(
        'UPDATE credentials SET edit_hash = $1, read_hash = $2, updated_at = now() WHERE name = $3',
        [creds.editHash, creds.readHash, name],
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await writes;
      await pool.end();
    },
  };
}
