// npm run bench — one table, in one run: the project beside its peers at
// each scale of a synthetic corpus (test/bench/synth.ts, seed 1).
//   extraction  the project's extractor (figures with every field), one
//               thread, MB/s of UTF-8 text; numbers alone: the project's
//               number recognizer and Recognizers-Text's Chinese number
//               model on the same text
//   ingest      the real CLI (workers as it chooses), figures/s, peak memory,
//               database bytes per figure beside the text; and the sqlite3
//               CLI's .import of the same figure rows into the same table
//   pages       the production server (npm run build first), each page
//               requested once (the first request after the database was
//               built, which computes what is kept per database file), then
//               20 times in a row: p50/p95, HTML kB
//   export      the full CSV download, rows/s and the server's memory before
//               and at its peak; `sqlite3 -csv` running the same query; and
//               whether the XLSX of every figure is given or refused
// BENCH_SCALES=1000,10000,100000,1000000 (figures) chooses the scales;
// corpora and databases stay in BENCH_DIR (default /tmp/zf-bench) for reuse.
// Exits 1 when a budget of issue 13 is missed at the largest scale.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { extractText } from "../../lib/extract";
import { recognizeNumbers } from "../../lib/extract/recognize";
import { writeSynthCorpus } from "./synth";
import { benchPages, ingestNodeArgs, pct, REQUESTS, startServer, timeCsvExport, timePage, WARM } from "./server";

const ROOT = path.join(__dirname, "..", "..");
const WORK = process.env.BENCH_DIR ?? path.join(tmpdir(), "zf-bench");
const SCALES = (process.env.BENCH_SCALES ?? "1000,10000,100000,1000000").split(",").map(Number);
const MB = 1024 * 1024;
const BUDGET = { ingestS: 60, peakMb: 1024, bytesPerFigure: 1024, p95Ms: 50, htmlKb: 200, exportRatio: 0.5, serverMb: 300 };

type Column = Record<string, string>;
const table = new Map<string, Column>(); // measure → scale → cell
const put = (measure: string, scale: string, cell: string) => {
  if (!table.has(measure)) table.set(measure, {});
  table.get(measure)![scale] = cell;
};
const missed: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) missed.push(what);
  return ok ? "" : " ✗";
};

function label(n: number): string {
  return n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n);
}

/** The corpus as one string sample of at most `max` bytes, for the extraction rates. */
function sample(corpus: string, max: number): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (const f of readdirSync(corpus).sort()) {
    const t = readFileSync(path.join(corpus, f), "utf8");
    out.push(t);
    bytes += Buffer.byteLength(t);
    if (bytes >= max) break;
  }
  return out;
}

function rate(texts: string[], run: (t: string) => void): number {
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const t0 = process.hrtime.bigint();
  for (const t of texts) run(t);
  return bytes / MB / (Number(process.hrtime.bigint() - t0) / 1e9);
}

async function recognizersModel(): Promise<((t: string) => void) | null> {
  try {
    const { NumberRecognizer, Culture } = await import("@microsoft/recognizers-text-number");
    const model = new NumberRecognizer(Culture.Chinese).getNumberModel();
    return (t) => void model.parse(t);
  } catch {
    return null;
  }
}

function sqlite3Cli(): boolean {
  return spawnSync("sqlite3", ["-version"]).status === 0;
}

const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;


async function main() {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error("no production build: run npm run build first");
  const recognizers = await recognizersModel();
  const haveSqlite3 = sqlite3Cli();
  const largest = label(Math.max(...SCALES));
  for (const n of SCALES) {
    const scale = label(n);
    const dir = path.join(WORK, String(n));
    const corpus = path.join(dir, "corpus");
    if (!existsSync(path.join(dir, "sources.json"))) writeSynthCorpus(dir, n, 1);
    const files = readdirSync(corpus).length;
    const textBytes = readdirSync(corpus).reduce((a, f) => a + statSync(path.join(corpus, f)).size, 0);
    put("corpus: documents / MB of text", scale, `${files} / ${(textBytes / MB).toFixed(1)}`);
    process.stderr.write(`scale ${scale}: ${files} documents\n`);

    // Extraction, one thread, on up to 8 MB of the corpus; the peer on up to 1 MB of the same text.
    const texts = sample(corpus, 8 * MB);
    for (const t of texts.slice(0, 20)) extractText(t); // warm up
    const ours = rate(texts, (t) => void extractText(t, { docDate: "2021" }));
    put("extraction, project: figures with every field (MB/s, 1 thread)", scale, ours.toFixed(2));
    // The peer does one thing of the extraction, numbers: set beside the project's own number
    // recognizer (lib/extract/recognize.ts, the one the conformance suite runs) on the same text.
    const small = sample(corpus, 1 * MB);
    const numbers = rate(small, (t) => void recognizeNumbers(t));
    put("numbers only, project recognizeNumbers (MB/s)", scale, numbers.toFixed(2));
    if (recognizers) {
      const theirs = rate(small, recognizers);
      put("numbers only, Recognizers-Text Chinese number model (MB/s)", scale, `${theirs.toFixed(2)} (project ${(numbers / theirs).toFixed(1)}×)`);
    } else put("numbers only, Recognizers-Text Chinese number model (MB/s)", scale, "not installed");

    // Ingest through the CLI, as a user runs it.
    const db = path.join(dir, "figures.db");
    const t0 = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [...ingestNodeArgs(ROOT), "--import", "tsx", "lib/ingest/cli.ts", "--corpus", corpus, "--sources", path.join(dir, "sources.json"), "--db", db], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1024 * MB,
    });
    const ingestS = seconds(t0);
    if (run.status !== 0 && run.status !== 1) throw new Error(`ingest failed: ${run.stderr.slice(-2000)}`);
    const last = run.stderr.trim().split("\n").at(-1)!;
    const peak = Number(/peak memory (\d+) MB/.exec(last)?.[1] ?? NaN);
    const sqlite = new Database(db, { readonly: true });
    const figures = sqlite.prepare("select count(*) from figures").pluck().get() as number;
    const textPages = (sqlite.prepare("select sum(pgsize) from dbstat where name in ('paragraphs')").pluck().get() as number) ?? 0;
    const dbBytes = statSync(db).size;
    const perFigure = (dbBytes - textPages) / figures;
    const big = scale === largest;
    put("figures ingested", scale, String(figures));
    put("ingest (s, process start included)", scale, `${ingestS.toFixed(1)}${big ? check(ingestS <= BUDGET.ingestS, `ingest ${ingestS.toFixed(1)} s > ${BUDGET.ingestS} s`) : ""}`);
    put("ingest, project (figures/s)", scale, (figures / ingestS).toFixed(0));
    put("ingest peak memory (MB)", scale, `${peak}${big ? check(peak <= BUDGET.peakMb, `peak ${peak} MB`) : ""}`);
    put("database: bytes per figure beside the text", scale, `${perFigure.toFixed(0)}${big ? check(perFigure <= BUDGET.bytesPerFigure, `${perFigure.toFixed(0)} B/figure`) : ""}`);

    // The sqlite3 CLI: the same figure rows, exported as CSV and imported into the same table (with its indexes).
    const exportSql =
      "select f.id, d.file_name, f.start, f.end, f.text, f.value, f.value_max, f.unit, f.qualifier, f.kind, f.label, f.metric, f.indicator, f.case_type, f.statistic, f.institution, f.province, f.city, f.county, f.region_code, f.period, f.period_start, f.period_end, " +
      "substr(p.text, f.sentence_start - p.start + 1, f.sentence_end - f.sentence_start), f.prefix, f.suffix, f.rule_id, f.verified, d.title, d.outlet, d.date " +
      "from figures f join sentences s on s.id = f.sentence_id join paragraphs p on p.document_id = s.document_id and p.ordinal = s.paragraph join documents d on d.id = f.document_id order by f.document_id, f.start, f.id";
    let cliCsvRate = NaN;
    if (haveSqlite3) {
      const csv = path.join(dir, "figures.csv");
      const e0 = process.hrtime.bigint();
      const exp = spawnSync("sh", ["-c", `sqlite3 -csv '${db}' "${exportSql}" > '${csv}'`]);
      cliCsvRate = figures / seconds(e0);
      if (exp.status !== 0) throw new Error(`sqlite3 -csv failed: ${exp.stderr}`);
      put("CSV export, sqlite3 -csv (rows/s)", scale, cliCsvRate.toFixed(0));
      // Bulk insert: the figures table's own definition and indexes, the rows of the figures table as CSV.
      const raw = path.join(dir, "figures-raw.csv");
      spawnSync("sh", ["-c", `sqlite3 -csv '${db}' "select * from figures" > '${raw}'`]);
      const ddl = (sqlite.prepare("select sql from sqlite_master where tbl_name = 'figures' and sql is not null").pluck().all() as string[]).join(";\n");
      const into = path.join(dir, "cli.db");
      rmSync(into, { force: true });
      const script = path.join(dir, "import.sql");
      writeFileSync(script, `pragma synchronous = off;\npragma journal_mode = off;\n${ddl};\n.import --csv '${raw}' figures\n`);
      const i0 = process.hrtime.bigint();
      const imp = spawnSync("sh", ["-c", `sqlite3 '${into}' < '${script}'`]);
      const importS = seconds(i0);
      if (imp.status !== 0) throw new Error(`sqlite3 .import failed: ${imp.stderr}`);
      put("bulk insert, sqlite3 .import of the figure rows (rows/s)", scale, `${(figures / importS).toFixed(0)} (project ${((figures / ingestS) / (figures / importS)).toFixed(2)}×, with extraction)`);
      rmSync(raw, { force: true });
      rmSync(into, { force: true });
      rmSync(csv, { force: true });
    } else {
      put("CSV export, sqlite3 -csv (rows/s)", scale, "no sqlite3 CLI");
      put("bulk insert, sqlite3 .import of the figure rows (rows/s)", scale, "no sqlite3 CLI");
    }

    // Pages, sequential requests against the production server.
    const region = sqlite.prepare("select substr(region_code, 1, 2) || '0000' from figures where region_code is not null and region_code <> '000000' group by 1 order by count(*) desc limit 1").pluck().get() as string;
    const metric = sqlite.prepare("select metric from figures where indicator <> 'other' group by metric order by count(*) desc limit 1").pluck().get() as string;
    const indicator = metric.split(/[.@]/).length ? (sqlite.prepare("select indicator from figures where metric = ?").pluck().get(metric) as string) : metric;
    const figureId = sqlite.prepare("select id from figures where rowid = (select max(rowid) / 2 from figures)").pluck().get() as string;
    sqlite.close();
    const port = 4100 + Math.floor(Math.random() * 800);
    const base = `http://127.0.0.1:${port}`;
    const server = await startServer(port, { FIGURES_DB: db });
    try {
      for (const [name, url, warm] of benchPages(region, indicator, figureId)) {
        const { first, times, size, status } = await timePage(typeof url === "string" ? base + url : url.map((u) => base + u), REQUESTS, warm?.map((u) => base + u));
        const p95 = pct(times, 95);
        const mark = big && !name.includes("2 characters") ? check(p95 <= BUDGET.p95Ms && size <= BUDGET.htmlKb * 1024, `${name}: p95 ${p95.toFixed(0)} ms, ${(size / 1024).toFixed(0)} kB`) : "";
        put(`page ${name}: first, p50 / p95 ms; kB`, scale, `${status === 200 ? "" : `HTTP ${status} `}${first.toFixed(0)}, ${pct(times, 50).toFixed(0)} / ${p95.toFixed(0)}; ${(size / 1024).toFixed(0)}${mark}`);
      }

      // The full CSV download, with the server's memory sampled while it streams.
      const { lines: rows, seconds: csvS, beforeMb: before, peakMb: peakRss } = await timeCsvExport(base, server.pid!);
      const ours = figures / csvS;
      const ratio = ours / cliCsvRate;
      put(
        "CSV export, project over HTTP (rows/s)",
        scale,
        `${ours.toFixed(0)}${Number.isFinite(ratio) ? ` (${ratio.toFixed(2)}× sqlite3)` : ""}${big && Number.isFinite(ratio) ? check(ratio >= BUDGET.exportRatio, `CSV ${ratio.toFixed(2)}× sqlite3`) : ""}`,
      );
      // Before: what the server holds after the pages above (V8 collects lazily); the export should add little.
      put("server memory before → peak during the export (MB)", scale, `${before.toFixed(0)} → ${peakRss.toFixed(0)}${big ? check(peakRss <= BUDGET.serverMb, `server ${peakRss.toFixed(0)} MB`) : ""}`);
      if (rows < figures) put("CSV export, project over HTTP (rows/s)", scale, `${rows} lines for ${figures} figures`);
      const xlsx = await fetch(`${base}/api/figures.xlsx`);
      put("XLSX of every figure", scale, xlsx.ok ? `${xlsx.status}, ${((await xlsx.arrayBuffer()).byteLength / MB).toFixed(1)} MB` : `${xlsx.status}: ${((await xlsx.json()) as { error: string }).error.slice(0, 60)}…`);
    } finally {
      server.kill();
    }
  }

  const scales = SCALES.map(label);
  console.log(`| measure | ${scales.join(" | ")} |`);
  console.log(`| --- | ${scales.map(() => "---").join(" | ")} |`);
  for (const [measure, cells] of table) console.log(`| ${measure} | ${scales.map((s) => cells[s] ?? "").join(" | ")} |`);
  console.log(
    `\n${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}; synthetic corpus seed 1; pages: the first request after the database was built, then ${WARM} untimed to warm it up, then ${REQUESTS} sequential requests (where each asks for new filters, each once, warmed up with others). ` +
      `Budgets at ${largest} (issue 13): ingest ≤ ${BUDGET.ingestS} s, peak ≤ ${BUDGET.peakMb} MB, ≤ ${BUDGET.bytesPerFigure} B/figure beside the text, pages p95 ≤ ${BUDGET.p95Ms} ms and ≤ ${BUDGET.htmlKb} kB, CSV ≥ ${BUDGET.exportRatio}× sqlite3, server ≤ ${BUDGET.serverMb} MB. ` +
      (missed.length ? `Missed: ${missed.join("; ")}.` : "Every budget met."),
  );
  process.exitCode = missed.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
