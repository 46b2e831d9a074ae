// The ingest's writes into a new database file: raw prepared statements fed
// arrays (a query builder per row cost two thirds of the time at a million
// figures), many documents per transaction, indexes and the search index
// built once after the load. The file is a temporary one that is renamed
// into place only when complete, so it needs no durability while written:
// no sync, the rollback journal in memory.

import type Database from "better-sqlite3";
import { openForWrite } from "../db/client";
import type { DocumentMessage } from "./document";
import { RowIds, TABLES, type DocumentResult, type Table } from "./rows";

export type { DocumentResult } from "./rows";

/** Documents per transaction: a commit per document cost 13% of the time. */
const DOCUMENTS_PER_TRANSACTION = 1000;

/**
 * The search index's terms held in memory before they are sorted and written
 * as a segment (FTS5's `hashsize`, 1 MB by default). FTS5 writes them at every
 * commit too, so the two go together: the million's 186,524 paragraphs went
 * into the index in 9.7 s with 1 MB and a commit per 5,000, in 4.9 s with
 * 8 MB, and in 3.3–4.2 s with 32 MB and a commit per 27,000 (about 1,000
 * documents). Measured on their own, outside the ingest.
 */
const SEARCH_HASH_BYTES = 32 * 1024 * 1024;

/** Helper threads of SQLite's sorter while the indexes are built at the end. */
const SORT_THREADS = 2;

const insertSql = (table: string, columns: readonly string[]) => `insert into ${table} (${columns.map((c) => `"${c}"`).join(", ")}) values (${columns.map(() => "?").join(", ")})`;

export class Writer {
  private readonly sqlite: Database.Database;
  private readonly indexes: string[];
  private readonly insert: Record<Table, Database.Statement>;
  private readonly search: Database.Statement;
  private readonly ids = new RowIds();
  private inTransaction = 0; // documents written in the open transaction

  /**
   * `searchAsYouGo`: fill the search index while loading, in the time the
   * writer waits for worker threads; an ingest that extracts in its own
   * thread builds it at the end instead, when the document it read is gone
   * (filling it alongside one 50 MB document took 15 MB more at the peak).
   */
  constructor(
    readonly file: string,
    private readonly searchAsYouGo = true,
  ) {
    this.sqlite = openForWrite(file).$client;
    this.sqlite.pragma("synchronous = OFF");
    this.sqlite.pragma("journal_mode = MEMORY");
    this.sqlite.pragma("foreign_keys = OFF"); // checked once at the end, not per row
    this.sqlite.pragma("cache_size = -2000"); // 2 MB while loading: it writes and reads nothing back
    // Indexes whose keys arrive in random order are dropped for the load and built at the end from
    // the migrations' own definitions; those led by document_id grow at their end as documents
    // come in id order, cheaply, in the time the writer waits for the extraction.
    const late = this.sqlite.prepare("select name, sql from sqlite_master where type = 'index' and sql is not null and sql not like '%(`document_id`%'").raw().all() as [string, string][];
    this.indexes = late.map(([, sql]) => sql);
    for (const [name] of late) this.sqlite.exec(`drop index "${name}"`);
    this.insert = Object.fromEntries(Object.entries(TABLES).map(([table, columns]) => [table, this.sqlite.prepare(insertSql(table, columns))])) as Record<Table, Database.Statement>;
    this.search = this.sqlite.prepare("insert into paragraphs_fts (rowid, text) values (?, ?)");
    // The search index is merged once, at the end ('optimize'): merging its segments as they
    // accumulate cost the load 17% of the index's time, for a merge done again anyway.
    this.sqlite.exec("insert into paragraphs_fts (paragraphs_fts, rank) values ('automerge', 0)");
    if (searchAsYouGo) this.sqlite.exec(`insert into paragraphs_fts (paragraphs_fts, rank) values ('hashsize', ${SEARCH_HASH_BYTES})`);
  }

  private readonly emit = (table: Table, values: unknown[]) => {
    if (table === "paragraphs" && this.searchAsYouGo) this.search.run(values[0], values[6]);
    this.insert[table].run(...values);
  };

  /**
   * Write one message of a document. Returns the document's result on its
   * end; a skip rolls back what the document had written.
   */
  write(m: DocumentMessage, docId: string): DocumentResult | { skipped: string } | null {
    if (m.t === "skip") {
      // A skip before the head wrote nothing; after it (the extraction failed half-way), the document's rows go.
      // (Not a savepoint per document: the search index writes a segment at each one.)
      if (this.ids.inDocument) this.remove(docId);
      this.ids.rows(m, docId, this.emit);
      return { skipped: m.reason };
    }
    if (m.t === "head" && this.inTransaction === 0) this.sqlite.exec("begin");
    const done = this.ids.rows(m, docId, this.emit);
    if (done && ++this.inTransaction >= DOCUMENTS_PER_TRANSACTION) this.commit();
    return done;
  }

  /** Take out what a document wrote so far: its search entries first, which need the text they index. */
  private remove(docId: string) {
    if (this.searchAsYouGo) {
      const rows = this.sqlite.prepare("select id, text from paragraphs where document_id = ?").raw().all(docId) as [number, string][];
      const unindex = this.sqlite.prepare("insert into paragraphs_fts (paragraphs_fts, rowid, text) values ('delete', ?, ?)");
      for (const [id, text] of rows) unindex.run(id, text);
    }
    for (const table of ["figures", "sentences", "sections", "paragraphs"]) this.sqlite.prepare(`delete from ${table} where document_id = ?`).run(docId);
  }

  private commit() {
    if (this.inTransaction > 0 || this.sqlite.inTransaction) this.sqlite.exec("commit");
    this.inTransaction = 0;
  }

  /**
   * Commit, build the indexes and the search index, check the references;
   * the file is then complete. `lean`: for an ingest that read one large
   * document in its own thread, whose heap is full of it: SQLite gets 2 MB
   * of page cache and no sorter threads (with them, a 50 MB document's
   * ingest peaked at 394 MB against 376).
   */
  finish(log: (l: string) => void = () => {}, lean = false) {
    if (!this.sqlite.inTransaction) this.sqlite.exec("begin");
    for (const r of this.ids.facetRows()) this.insert.facet_counts.run(...r);
    this.commit();
    const took: string[] = [];
    const step = (name: string, run: () => void) => {
      const t0 = Date.now();
      run();
      took.push(`${name} ${Date.now() - t0} ms`);
    };
    // The indexes are sorted by SQLite's sorter in runs of the cache's size, written to temporary
    // files and merged; with `threads` it sorts and merges runs in helper threads, on the core the
    // finished extraction left idle. (It does so only with temporary files, not temp_store = MEMORY,
    // and small runs keep both threads busy: the figures' four indexes at a million, 7.7 → 4.1 s,
    // against a 64 MB sort in memory.)
    this.sqlite.pragma(`cache_size = -${lean ? 2000 : 4000}`);
    this.sqlite.pragma(`threads = ${lean ? 0 : SORT_THREADS}`);
    step("indexes", () => this.indexes.forEach((s) => this.sqlite.exec(s)));
    this.sqlite.pragma(`cache_size = -${lean ? 2000 : 64_000}`);
    step("search index", () => {
      this.sqlite.exec(`insert into paragraphs_fts(paragraphs_fts) values ('${this.searchAsYouGo ? "optimize" : "rebuild"}')`);
      // FTS5's defaults again, kept in the file for any later write.
      this.sqlite.exec("insert into paragraphs_fts (paragraphs_fts, rank) values ('automerge', 4)");
      this.sqlite.exec("insert into paragraphs_fts (paragraphs_fts, rank) values ('hashsize', 1048576)");
    });
    step("reference check", () => {
      const broken = this.sqlite.pragma("foreign_key_check") as unknown[];
      if (broken.length) throw new Error(`${broken.length} rows point at rows that do not exist, first: ${JSON.stringify(broken[0])}`);
    });
    // Statistics for the query planner (with samples of each index, stat4): without them it reads a
    // region's range through the institution's index, 4× the rows. 20,000 rows of each index are
    // enough for that choice (5,000 are not), in 0.04 s at a million figures instead of 1.3 s.
    step("statistics", () => {
      this.sqlite.pragma("analysis_limit = 20000");
      this.sqlite.exec("analyze");
    });
    log(`built after the load: ${took.join(", ")}`);
    this.close();
  }

  close() {
    if (this.sqlite.open) this.sqlite.close();
  }
}
