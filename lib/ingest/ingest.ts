// Corpus files → SQLite. Builds a new database beside the old one and
// renames it into place only when complete, so a failed or interrupted run
// leaves the previous database as it was. A file that cannot be read is
// reported by name and skipped; the rest is ingested.

import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import { extractOptions, readSources } from "./sources";
import { readGold } from "../gold/read";
import { guardedMessages, type DocumentJob, type DocumentMessage } from "./document";
import { Writer, type DocumentResult } from "./writer";
import { PgWriter } from "./pg-writer";

export { PAGE_CHARS, readerPages } from "./document";

export interface IngestOptions {
  corpusDir: string;
  dbFile: string;
  sourcesFile: string;
  goldDir: string;
  /** progress and warnings; defaults to stderr */
  log?: (line: string) => void;
  /** worker threads for extraction; 0 extracts in this thread. Default: by the corpus's size (ZF_INGEST_WORKERS overrides) */
  workers?: number;
  /** a PostgreSQL database (postgres://…) to write instead of dbFile: the tables of schema `zf` are replaced when the new ones are complete */
  databaseUrl?: string;
}

export interface IngestReport {
  documents: number;
  figures: number;
  verified: number;
  perDocument: { file: string; figures: number; verified: number }[];
  skipped: { file: string; reason: string }[];
  warnings: string[];
}

/** Temp files of ingests that were killed: their process is gone. */
function removeStaleTemps(dbFile: string) {
  const dir = path.dirname(dbFile);
  const base = path.basename(dbFile) + ".tmp-";
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) {
    if (!f.startsWith(base)) continue;
    const pid = Number(f.slice(base.length));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (!alive) rmSync(path.join(dir, f), { force: true });
  }
}

export function docIdOf(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, "");
}

// Ids go into URLs and the explore page's `doc` filter as they are.
export const SAFE_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,79}$/;

/** sources.json could not be used: each entry's problem, one per line. */
export class SourcesError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} has ${problems.length} problem(s); the database was not rebuilt:\n  ${problems.join("\n  ")}`);
  }
}

export async function ingestCorpus(opts: IngestOptions): Promise<IngestReport> {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + "\n"));
  const report: IngestReport = { documents: 0, figures: 0, verified: 0, perDocument: [], skipped: [], warnings: [] };
  const warn = (w: string) => {
    report.warnings.push(w);
    log(`warning: ${w}`);
  };

  if (!existsSync(opts.corpusDir) || !statSync(opts.corpusDir).isDirectory()) {
    throw new Error(`corpus directory not found: ${opts.corpusDir}`);
  }
  // Every entry of the directory is either read or named with the reason it is not:
  // a dangling link, a link loop, a directory called x.txt, a file that cannot be read,
  // a name no URL can carry, a second file with an id already taken.
  const files: string[] = [];
  const ids = new Map<string, string>();
  // In the order of their ids: the order documents are written in, which is the explore page's document order.
  const byId = (a: string, b: string) => (docIdOf(a) < docIdOf(b) ? -1 : docIdOf(a) > docIdOf(b) ? 1 : a < b ? -1 : a > b ? 1 : 0);
  for (const f of readdirSync(opts.corpusDir).sort(byId)) {
    if (f.startsWith(".")) continue;
    const full = path.join(opts.corpusDir, f);
    let why: string | null = null;
    try {
      const st = statSync(full);
      if (!st.isFile()) why = st.isDirectory() ? "a directory, not a file" : "not a regular file";
      else accessSync(full, constants.R_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      why = code === "ENOENT" ? "a link to nothing (dangling symbolic link)" : code === "ELOOP" ? "a loop of symbolic links" : code === "EACCES" ? "not readable (permission denied)" : `unreadable (${code ?? (e as Error).message})`;
    }
    if (!why && !SAFE_ID.test(docIdOf(f))) why = "a name a web address cannot carry as it is: use letters, digits, _ - . only (and no leading -)";
    if (!why && ids.has(docIdOf(f))) why = `the same id (${docIdOf(f)}) as ${ids.get(docIdOf(f))}`;
    if (why) {
      report.skipped.push({ file: f, reason: why });
      log(`skipped ${f}: ${why}`);
      continue;
    }
    ids.set(docIdOf(f), f);
    files.push(f);
  }
  if (files.length === 0) throw new Error(`no readable files in ${opts.corpusDir}`);

  // A broken sources.json would give every document wrong or empty metadata: stop, and keep the database there is.
  // None at all (a user's own folder of texts) is allowed: who, where and when are then read from the texts.
  const { sources, errors } = readSources(opts.sourcesFile);
  if (!existsSync(opts.sourcesFile)) warn(`${opts.sourcesFile}: not found; who reports, where and when are read from the texts`);
  else if (errors.length) throw new SourcesError(opts.sourcesFile, errors);
  const gold = readGold(opts.goldDir);

  const jobs: DocumentJob[] = files.map((file) => {
    const source = sources.get(file);
    if (!source) warn(`${file}: not in sources.json; who reports, where and when are read from the text`);
    return {
      file,
      path: path.join(opts.corpusDir, file),
      id: docIdOf(file),
      meta: source ? { title: source.title, outlet: source.outlet, date: source.date, dateBasis: source.dateBasis, url: source.url } : null,
      options: extractOptions(source),
      gold: gold.get(file),
    };
  });

  const pool = opts.workers ?? workersFor(jobs);
  // `npm run ingest` starts node with --optimize-for-size, which keeps one 50 MB document in its
  // memory bound when this thread extracts it; with workers this thread only writes small
  // messages, and the flag cost it 10% of the time (V8 reads it as it goes).
  if (pool > 0) setFlagsFromString("--no-optimize-for-size");
  // Lazy: nothing is read until a writer asks for the first message.
  const source = pool > 0 ? workerMessages(jobs, pool) : inlineMessages(jobs);
  if (opts.databaseUrl) return ingestIntoPostgres(opts.databaseUrl, source, jobs, report, warn, log);
  const release = lock(opts.dbFile);
  const tmp = `${opts.dbFile}.tmp-${process.pid}`;
  removeStaleTemps(opts.dbFile);
  rmSync(tmp, { force: true });
  let writer: Writer | null = null;
  try {
    writer = new Writer(tmp, pool > 0);
    const pause = Number(process.env.ZF_INGEST_PAUSE_MS ?? 0); // test hook: widen the window in which an ingest can be killed
    const w = writer;
    await consume(source, jobs, (m, id) => w.write(m, id), report, warn, log, pause);
    writer.finish(log, pool === 0);
    renameSync(tmp, opts.dbFile); // atomic on one file system: readers see the old or the new database
  } catch (e) {
    await source.return(undefined);
    writer?.close();
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    release();
  }
  return report;
}

/**
 * The same messages written to PostgreSQL: a new schema, streamed with COPY,
 * that replaces the old one only when complete (pg-writer.ts).
 */
async function ingestIntoPostgres(
  url: string,
  source: AsyncGenerator<DocumentMessage>,
  jobs: DocumentJob[],
  report: IngestReport,
  warn: (w: string) => void,
  log: (l: string) => void,
): Promise<IngestReport> {
  let writer: PgWriter | null = null;
  try {
    const w = (writer = await PgWriter.open(url));
    await consume(source, jobs, (m, id) => w.write(m, id), report, warn, log);
    await writer.finish(log);
  } catch (e) {
    await source.return(undefined);
    await writer?.abort();
    throw e;
  }
  return report;
}

/**
 * Feed every message to a writer (SQLite's answers at once, PostgreSQL's with
 * a promise), count what it wrote and name what it skipped.
 */
async function consume(
  source: AsyncGenerator<DocumentMessage>,
  jobs: DocumentJob[],
  write: (m: DocumentMessage, id: string) => DocumentResult | { skipped: string } | null | Promise<DocumentResult | { skipped: string } | null>,
  report: IngestReport,
  warn: (w: string) => void,
  log: (l: string) => void,
  pause = 0,
) {
  let i = 0;
  for await (const m of source) {
    const job = jobs[i];
    if (m.t === "head") for (const c of m.conflicts) warn(`${job.file}: ${c}`);
    const r = await write(m, job.id);
    if (!r) continue;
    i++;
    if ("skipped" in r) {
      report.skipped.push({ file: job.file, reason: r.skipped });
      log(`skipped ${job.file}: ${r.skipped}`);
      continue;
    }
    report.documents++;
    report.figures += r.figures;
    report.verified += r.verified;
    report.perDocument.push(r);
    log(`[${i}/${jobs.length}] ${job.file}: ${r.figures} figures, ${r.verified} verified`);
    if (pause > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
  }
  if (report.documents === 0) throw new Error("no document could be read; the previous database is kept");
}

/** Worker threads pay off on a corpus of some size: each costs a few hundred ms to start. */
function workersFor(jobs: DocumentJob[]): number {
  const env = process.env.ZF_INGEST_WORKERS;
  if (env !== undefined && env !== "") return Math.max(0, Math.floor(Number(env)) || 0);
  if (jobs.length < 2) return 0;
  let bytes = 0;
  for (const j of jobs) bytes += statSync(j.path).size;
  return bytes < 4 * 1024 * 1024 ? 0 : Math.min(availableParallelism(), 4);
}

/**
 * The worker's code as one script, bundled by esbuild (under a second): the
 * extraction runs 8% faster than through tsx, whose per-file transform keeps
 * function names with a call at every closure.
 */
function workerBundle(): string {
  const out = buildSync({ entryPoints: [path.join(__dirname, "worker.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, logLevel: "silent" });
  return out.outputFiles[0].text;
}

/** Every document's messages in file order, extracted in this thread. */
async function* inlineMessages(jobs: DocumentJob[]): AsyncGenerator<DocumentMessage> {
  for (const job of jobs) yield* guardedMessages(job);
}

/**
 * Every document's messages in file order, extracted by `n` worker threads:
 * document i goes to worker i mod n, each worker a few documents ahead of
 * the writer.
 */
async function* workerMessages(jobs: DocumentJob[], n: number): AsyncGenerator<DocumentMessage> {
  const code = workerBundle();
  const workers = Array.from({ length: Math.min(n, jobs.length) }, () => {
    const unwritten = new SharedArrayBuffer(4);
    // Not the ingest's own flags: --optimize-for-size (which keeps one 50 MB document in bounds
    // in this thread) costs the extraction 16%, and the bundle needs no tsx.
    const worker = new Worker(code, { eval: true, workerData: { unwritten }, execArgv: [] });
    const queue: DocumentMessage[] = [];
    let wake: (() => void) | null = null;
    let failure: Error | null = null;
    worker.on("message", (text: string) => {
      queue.push(JSON.parse(text) as DocumentMessage);
      wake?.();
    });
    const fail = (e: Error) => {
      failure = e;
      wake?.();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => code !== 0 && fail(new Error(`an ingest worker stopped (exit code ${code})`)));
    return { worker, queue, counter: new Int32Array(unwritten), next: () => (queue.length || failure ? Promise.resolve() : new Promise<void>((r) => (wake = r))), failure: () => failure };
  });
  const AHEAD = 6; // documents sent to each worker before the writer asks for them
  let sent = 0;
  const send = () => {
    if (sent < jobs.length) workers[sent % workers.length].worker.postMessage(jobs[sent++]);
  };
  for (let k = 0; k < workers.length * AHEAD; k++) send();
  try {
    for (let i = 0; i < jobs.length; i++) {
      const w = workers[i % workers.length];
      for (;;) {
        while (!w.queue.length) {
          const f = w.failure();
          if (f) throw f;
          await w.next();
        }
        const m = w.queue.shift()!;
        Atomics.sub(w.counter, 0, 1);
        Atomics.notify(w.counter, 0);
        yield m;
        if (m.t === "end" || m.t === "skip") break;
      }
      send();
    }
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

/** Another ingest is writing the same database. */
export class LockedError extends Error {}

/**
 * One ingest at a time per database: a lock file beside it holds the
 * writer's pid. A lock whose process is gone (killed; the default action of
 * a signal leaves no time to clean up) is taken over.
 */
function lock(dbFile: string): () => void {
  const file = `${dbFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(readFileSync(file, "utf8").trim());
      if (pid && pid !== process.pid && alive(pid)) throw new LockedError(`another ingest (pid ${pid}) is writing ${dbFile}; wait for it, or remove ${file} if it is not running`);
      rmSync(file, { force: true });
    }
  }
  throw new LockedError(`could not take ${file}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}



