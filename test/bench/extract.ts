// npm run bench:extract — extraction speed and memory on one core.
// Streams the corpus, repeated, through extractText one document at a time
// (as the ingest does) until at least 50 MB of UTF-8 text has passed, then
// checks that time grows linearly with the size of a single document.

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractText } from "../../lib/extract";

const corpusDir = path.join(__dirname, "..", "..", "data", "corpus");
const docs = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(corpusDir, f), "utf8"));
const MB = 1024 * 1024;
const target = Number(process.env.BENCH_MB ?? 50) * MB;

let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

// Warm up the regular expressions and the JIT.
for (const d of docs) extractText(d);

let bytes = 0;
let figures = 0;
let n = 0;
const t0 = process.hrtime.bigint();
while (bytes < target) {
  const text = docs[n++ % docs.length];
  figures += extractText(text, { docDate: "2021" }).figures.length;
  bytes += Buffer.byteLength(text, "utf8");
  if (n % 200 === 0) sample();
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
sample();
console.log(`stream: ${(bytes / MB).toFixed(1)} MB in ${n} documents, ${figures} figures, ${seconds.toFixed(2)} s → ${(bytes / MB / seconds).toFixed(1)} MB/s; peak RSS ${(peakRss / MB).toFixed(0)} MB`);

// Linearity: one document made of the whole corpus k times. Each copy's
// lines are marked, or the repeat detection would skip copies 2..k.
const all = docs.join("\n");
const copy = (c: number) => all.replace(/\n/g, ` [copy ${String.fromCharCode(65 + (c % 26))}${Math.floor(c / 26)}]\n`);
const rows: string[] = [];
for (const k of [1, 4, 16, 64]) {
  const big = Array.from({ length: k }, (_, c) => copy(c)).join("\n");
  const b = Buffer.byteLength(big, "utf8");
  const s = process.hrtime.bigint();
  extractText(big);
  const sec = Number(process.hrtime.bigint() - s) / 1e9;
  sample();
  rows.push(`${k}x: ${(b / MB).toFixed(2)} MB in ${sec.toFixed(3)} s = ${(b / MB / sec).toFixed(1)} MB/s`);
}
console.log(`single document: ${rows.join("; ")}; peak RSS ${(peakRss / MB).toFixed(0)} MB`);
