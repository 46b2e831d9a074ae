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
    answers.clear(); // answers of the old file
    connection = openReadOnly(file);
    opened = { file, ino: st.ino, mtimeMs: st.mtimeMs };
  }
  return connection;
}

// Answers that depend on the whole table (counts, facet lists, an
// indicator's or a region's aggregates) are computed once per database
// file and kept until the file changes: the data is read-only between
// ingests, and at a million figures such a query takes up to seconds.
// Kept per key up to a bound, the least recently used going first.
const answers = new Map<string, unknown>();
const MAX_ANSWERS = 2000;

/** `compute()`, once per database file and key. */
export function cached<T>(key: string, compute: () => T): T {
  db(); // a new file clears the answers
  if (answers.has(key)) {
    const v = answers.get(key) as T;
    answers.delete(key); // to the back of the line
    answers.set(key, v);
    return v;
  }
  const v = freeze(compute()); // shared by every later request: none may change it
  answers.set(key, v);
  if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  return v;
}

/** A query function whose answers are cached per database file and arguments. */
export function cachedQuery<A extends unknown[], T>(name: string, fn: (...args: A) => T): (...args: A) => T {
  return (...args: A) => cached(`${name}:${JSON.stringify(args)}`, () => fn(...args));
}

function freeze<T>(v: T): T {
  if (v && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of v instanceof Map ? v.values() : Object.values(v)) freeze(x);
  }
  return v;
}
