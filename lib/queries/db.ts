// The read-only connection the site's queries share, reopened when the file
// is replaced: an ingest builds a new file and renames it over the old one,
// and from the next read on, pages and downloads both see the new one.

import { statSync } from "node:fs";
import { openReadOnly, dbFile, type DB } from "../db/client";

let connection: DB | null = null;
let opened: { file: string; ino: number; mtimeMs: number } | null = null;

export class DatabaseMissingError extends Error {
  constructor(file: string) {
    super(`The database ${file} has not been built. Run: npm run -s ingest`);
  }
}

export function db(): DB {
  const file = dbFile();
  // A stat per read costs microseconds; it is what tells a renamed-over file.
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new DatabaseMissingError(file);
  }
  if (!connection || !opened || opened.file !== file || opened.ino !== st.ino || opened.mtimeMs !== st.mtimeMs) {
    connection?.$client.close();
    connection = openReadOnly(file);
    opened = { file, ino: st.ino, mtimeMs: st.mtimeMs };
  }
  return connection;
}
