// Corpus files → SQLite. Builds a new database beside the old one and
// renames it into place only when complete, so a failed or interrupted run
// leaves the previous database as it was. A file that cannot be read is
// reported by name and skipped; the rest is ingested.

import { createHash } from "node:crypto";
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { decodeBytes } from "../extract/decode";
import { figuresOf, readText } from "../extract";
import { codePointLength } from "../extract/codepoints";
import { checker } from "../extract/checks";
import { eq, getTableColumns, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { openForWrite, type DB } from "../db/client";
import { checks, documents, figures, paragraphs, sections, sentences } from "../db/schema";
import { extractOptions, readSources } from "./sources";
import { isVerified, readGold } from "../gold/read";

export interface IngestOptions {
  corpusDir: string;
  dbFile: string;
  sourcesFile: string;
  goldDir: string;
  /** progress and warnings; defaults to stderr */
  log?: (line: string) => void;
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

export function ingestCorpus(opts: IngestOptions): IngestReport {
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
  for (const f of readdirSync(opts.corpusDir).sort()) {
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

  const release = lock(opts.dbFile);
  const tmp = `${opts.dbFile}.tmp-${process.pid}`;
  removeStaleTemps(opts.dbFile);
  rmSync(tmp, { force: true });
  const db = openForWrite(tmp);
  try {
    const pause = Number(process.env.ZF_INGEST_PAUSE_MS ?? 0); // test hook: widen the window in which an ingest can be killed
    // One prepared statement per table, run once per row: building a query per
    // row made 300,000 sentences of a 50 MB text cost 300 MB of garbage and 25 s.
    const insert = {
      paragraphs: prepareInsert(db, paragraphs),
      sections: prepareInsert(db, sections),
      sentences: prepareInsert(db, sentences),
      figures: prepareInsert(db, figures),
      checks: prepareInsert(db, checks, ["id"]),
    };
    // Section and sentence ids are given here, so figures can point at them without a read back.
    let nextParagraphId = 1;
    let nextSectionId = 1;
    let nextSentenceId = 1;
    files.forEach((file, i) => {
      // The file's bytes are dropped once decoded and hashed: a large file is then held once, as text.
      const read = readDocument(path.join(opts.corpusDir, file));
      const decoded = read.decoded;
      if (!decoded.ok) {
        report.skipped.push({ file, reason: decoded.error });
        log(`skipped ${file}: ${decoded.error}`);
        return;
      }
      const source = sources.get(file);
      const docWarnings: string[] = [];
      if (!source) {
        docWarnings.push("not in sources.json: title, outlet and date are empty");
        warn(`${file}: not in sources.json; who reports, where and when are read from the text`);
      }
      // The document is read whole; its figures are then written as they are found, never all held at once.
      const extracted = readText(decoded.text, extractOptions(source));
      // sources.json and the text disagree on the place: say so where it is seen (sources.json wins).
      for (const e of extracted.errors) if (e.startsWith("sources.json says")) warn(`${file}: ${e}`);
      const docId = docIdOf(file);
      const docGold = gold.get(file);
      let verified = 0;
      let figureCount = 0;
      const pageOf = readerPages(extracted.paragraphs);

      db.transaction((tx) => {
        tx.insert(documents)
          .values({
            id: docId,
            fileName: file,
            title: source?.title ?? null,
            outlet: source?.outlet ?? null,
            date: source?.date ?? null,
            dateBasis: source?.dateBasis ?? null,
            url: source?.url ?? null,
            encoding: decoded.encoding,
            sha1: read.sha1,
            charCount: codePointLength(extracted.text),
            pages: pageOf.at(-1) ?? 1,
            warnings: docWarnings,
          })
          .run();
        for (const p of extracted.paragraphs) {
          insert.paragraphs.run({
            id: nextParagraphId++,
            documentId: docId,
            ordinal: p.index,
            page: pageOf[p.index],
            start: p.start,
            end: p.end,
            text: p.text,
            repeatOf: p.repeatOf,
          });
        }
        const sectionIds = new Map<number, number>();
        for (const s of extracted.sections) {
          const id = nextSectionId++;
          sectionIds.set(s.ordinal, id);
          insert.sections.run({
            id,
            documentId: docId,
            ordinal: s.ordinal,
            start: s.start,
            end: s.end,
            heading: s.heading,
            author: s.author,
            authorTitle: s.authorTitle,
            institution: s.institution,
            province: s.region.province,
            city: s.region.city,
            county: s.region.county,
            regionCode: s.region.code,
            period: s.period,
          });
        }
        // Sentence k of the document gets id firstSentenceId + k; typed arrays, as a 50 MB text has 500,000 sentences.
        const firstSentenceId = nextSentenceId;
        const firstSentenceOfParagraph = new Int32Array(extracted.paragraphs.length).fill(-1);
        for (const [k, s] of extracted.sentences.entries()) {
          const p = extracted.paragraphs[s.paragraph];
          // A sentence of a repeated paragraph points at the same sentence of the first occurrence.
          let repeatOf: number | null = null;
          if (p.repeatOf !== null) {
            const first = firstSentenceOfParagraph[p.repeatOf];
            for (let j = first === -1 ? k : first; j < k && extracted.sentences[j].paragraph === p.repeatOf; j++) {
              if (extracted.sentences[j].text === s.text) repeatOf = firstSentenceId + j;
            }
          }
          const id = nextSentenceId++;
          insert.sentences.run({
            id,
            documentId: docId,
            sectionId: sectionIds.get(s.section ?? 0) ?? null,
            paragraph: s.paragraph,
            start: s.start,
            end: s.end,
            text: s.text,
            repeatOf,
          });
          if (firstSentenceOfParagraph[s.paragraph] === -1) firstSentenceOfParagraph[s.paragraph] = k;
        }
        const checks = checker();
        for (const f of figuresOf(extracted)) {
          figureCount++;
          checks.add(f);
          const v = isVerified(f, docGold);
          if (v) verified++;
          insert.figures.run({
            id: `${docId}-${f.start}-${f.end}`,
            documentId: docId,
            sectionId: sectionIds.get(f.section) ?? null,
            sentenceId: firstSentenceId + f.sentence,
            start: f.start,
            end: f.end,
            text: f.text,
            value: f.value,
            valueMax: f.valueMax,
            unit: f.unit,
            qualifier: f.qualifier,
            kind: f.kind,
            label: f.label,
            metric: f.metric,
            indicator: f.indicator,
            caseType: f.caseType,
            statistic: f.statistic,
            institution: f.institution,
            province: f.province,
            city: f.city,
            county: f.county,
            regionCode: f.regionCode,
            period: f.period,
            periodStart: f.periodStart,
            periodEnd: f.periodEnd,
            ruleId: f.ruleId,
            prefix: f.prefix,
            suffix: f.suffix,
            sentenceStart: f.sentenceStart,
            sentenceEnd: f.sentenceEnd,
            verified: v,
          });
        }
        for (const c of checks.results()) {
          insert.checks.run({
            documentId: docId,
            kind: c.kind,
            figureIds: c.figures.map((f) => `${docId}-${f.start}-${f.end}`),
            passed: c.passed,
            message: c.message,
          });
        }
        // The figure pass's own notes (a figure with no region) are known only now.
        if (extracted.errors.length) tx.update(documents).set({ warnings: capWarnings([...docWarnings, ...extracted.errors]) }).where(eq(documents.id, docId)).run();
      });
      report.documents++;
      report.figures += figureCount;
      report.verified += verified;
      report.perDocument.push({ file, figures: figureCount, verified });
      log(`[${i + 1}/${files.length}] ${file}: ${figureCount} figures, ${verified} verified`);
      if (pause > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    });
    db.$client.close();
    if (report.documents === 0) throw new Error("no document could be read; the previous database is kept");
    renameSync(tmp, opts.dbFile); // atomic on one file system: readers see the old or the new database
  } catch (e) {
    if (db.$client.open) db.$client.close();
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    release();
  }
  return report;
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



/** A document's notes, the first hundred and how many more: a page of 50 MB without a place would have one per figure. */
function capWarnings(warnings: string[], max = 100): string[] {
  return warnings.length <= max ? warnings : [...warnings.slice(0, max), `… and ${warnings.length - max} more of the same kinds`];
}

/** Code points of text on one page of the reader: a few screens, and a page of a 50 MB document stays small. */
export const PAGE_CHARS = 10_000;

/**
 * The reader's page of each paragraph (by index), 1-based: paragraphs in
 * order, a new page when the next would take the page past PAGE_CHARS.
 * A single longer paragraph has a page of its own.
 */
export function readerPages(paras: readonly { start: number; end: number }[]): number[] {
  const pages: number[] = [];
  let page = 1;
  let used = 0;
  for (const p of paras) {
    const n = p.end - p.start;
    if (used > 0 && used + n > PAGE_CHARS) {
      page++;
      used = 0;
    }
    used += n;
    pages.push(page);
  }
  return pages;
}

/** An INSERT of every column of a table (but `omit`) as a placeholder, prepared once. */
function prepareInsert<T extends SQLiteTable>(db: DB, table: T, omit: string[] = []) {
  const keys = Object.keys(getTableColumns(table)).filter((k) => !omit.includes(k));
  const values = Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)]));
  const statement = db.insert(table).values(values as T["$inferInsert"]).prepare();
  return { run: (row: Omit<T["$inferInsert"], never>) => statement.run(row as Record<string, unknown>) };
}

function readDocument(file: string) {
  const bytes = readFileSync(file);
  return { sha1: createHash("sha1").update(bytes).digest("hex"), decoded: decodeBytes(bytes) };
}
