// Whether the database the site reads is there, for the proxy's 503 (which
// names the command that builds it): the SQLite file, or schema zf on
// PostgreSQL. Light on purpose: the proxy runs before every request and
// loads neither SQLite nor the query modules; on PostgreSQL it asks at most
// once a second, over a connection of its own.

import { existsSync } from "node:fs";
import { Pool } from "pg";
import { dbFile, PG_SCHEMA, usesPostgres } from "../db/file";

export type Missing = "not built" | "no answer" | null;

let pool: { url: string; pool: Pool } | null = null;
let known: { url: string; missing: Missing; at: number } | null = null;

/** Why the site has no database to read, or null when it has one. */
export async function databaseMissing(): Promise<Missing> {
  if (!usesPostgres()) return existsSync(dbFile()) ? null : "not built";
  const url = process.env.DATABASE_URL!;
  if (known && known.url === url && Date.now() - known.at < 1000) return known.missing;
  if (pool?.url !== url) {
    void pool?.pool.end();
    const p = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 3000 });
    p.on("error", () => {}); // the server went away: the next check says so
    pool = { url, pool: p };
  }
  let missing: Missing;
  try {
    const { rowCount } = await pool.pool.query(`select 1 from pg_namespace where nspname = $1`, [PG_SCHEMA]);
    missing = rowCount ? null : "not built";
  } catch {
    missing = "no answer";
  }
  known = { url, missing, at: Date.now() };
  return missing;
}
