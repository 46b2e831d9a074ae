// One corpus file → the rows the database keeps of it, as a few messages:
// a head (the document, its paragraphs, articles and sentences), figures in
// chunks, and an end (its checks and notes). Reading the file is its only
// I/O, so the same function runs in the ingest's own thread or in a worker,
// and a large document's figures are never all held at once.
//
// Rows are arrays in the column order of writer.ts; ids the writer assigns
// (paragraph, article, sentence numbers) are given relative to the document.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { decodeBytes } from "../extract/decode";
import { figuresOf, readText, type ExtractOptions } from "../extract";
import { codePointLength } from "../extract/codepoints";
import { checker } from "../extract/checks";
import { isVerified, type GoldFigure } from "../gold/read";
import { FacetTally } from "./facets";

export interface DocumentJob {
  file: string; // file name, the document's id without its extension
  path: string;
  id: string;
  meta: { title: string | null; outlet: string | null; date: string | null; dateBasis: string | null; url: string | null } | null;
  options: ExtractOptions;
  gold: GoldFigure[] | undefined;
}

export type Row = (string | number | null)[];

export type DocumentMessage =
  | { t: "skip"; file: string; reason: string }
  | { t: "head"; file: string; sections: Row[]; conflicts: string[] }
  | { t: "paragraphs" | "sentences" | "figures"; rows: Row[] }
  | { t: "end"; file: string; document: Row; checks: Row[]; figures: number; verified: number; facets: Row[] };

/** Rows per message: small enough that a 50 MB document streams, large enough that messages are few. */
export const CHUNK = 2000;

/** The reader's pages hold about this many code points (see readerPages). */
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

/** A document's notes, the first hundred and how many more: a page of 50 MB without a place would have one per figure. */
export function capWarnings(warnings: string[], max = 100): string[] {
  return warnings.length <= max ? warnings : [...warnings.slice(0, max), `… and ${warnings.length - max} more of the same kinds`];
}

export function* documentMessages(job: DocumentJob): Generator<DocumentMessage> {
  // The file's bytes are dropped once decoded and hashed: a large file is then held once, as text.
  const { sha1, decoded } = readDocument(job.path);
  if (!decoded.ok) {
    yield { t: "skip", file: job.file, reason: decoded.error };
    return;
  }
  const warnings: string[] = job.meta ? [] : ["not in sources.json: title, outlet and date are empty"];
  const doc = readText(decoded.text, job.options);
  const pageOf = readerPages(doc.paragraphs);
  yield {
    t: "head",
    file: job.file,
    sections: doc.sections.map((s) => [s.ordinal, s.start, s.end, s.heading, s.author, s.authorTitle, s.institution, s.region.province, s.region.city, s.region.county, s.region.code, s.period]),
    // sources.json and the text disagree on the place: said where it is seen (sources.json wins).
    conflicts: doc.errors.filter((e) => e.startsWith("sources.json says")),
  };
  // Paragraphs and sentences in chunks too: a 50 MB text has 100,000 and 500,000.
  for (let i = 0; i < doc.paragraphs.length; i += CHUNK) {
    yield { t: "paragraphs", rows: doc.paragraphs.slice(i, i + CHUNK).map((p) => [p.index, pageOf[p.index], p.start, p.end, p.text, p.repeatOf]) };
  }
  // A sentence of a repeated paragraph points at the same sentence of its first occurrence (by index in the document).
  const firstSentenceOfParagraph = new Int32Array(doc.paragraphs.length).fill(-1);
  let sentences: Row[] = [];
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    const p = doc.paragraphs[s.paragraph];
    let repeatOf: number | null = null;
    if (p.repeatOf !== null) {
      const first = firstSentenceOfParagraph[p.repeatOf];
      for (let j = first === -1 ? k : first; j < k && doc.sentences[j].paragraph === p.repeatOf; j++) {
        if (doc.sentences[j].text === s.text) repeatOf = j;
      }
    }
    if (firstSentenceOfParagraph[s.paragraph] === -1) firstSentenceOfParagraph[s.paragraph] = k;
    sentences.push([s.section ?? 0, s.paragraph, s.start, s.end, repeatOf]);
    if (sentences.length === CHUNK) {
      yield { t: "sentences", rows: sentences };
      sentences = [];
    }
  }
  if (sentences.length) yield { t: "sentences", rows: sentences };

  const checks = checker();
  const facets = new FacetTally();
  let chunk: Row[] = [];
  let figures = 0;
  let verified = 0;
  for (const f of figuresOf(doc)) {
    figures++;
    checks.add(f);
    const v = isVerified(f, job.gold);
    if (v) verified++;
    facets.add(f.regionCode, f.institution, f.kind, f.metric, v);
    chunk.push([
      `${job.id}-${f.start}-${f.end}`, f.section, f.sentence, f.start, f.end, f.text, f.value, f.valueMax, f.unit, f.qualifier, f.kind, f.label, f.metric, f.indicator, f.caseType, f.statistic,
      f.institution, f.province, f.city, f.county, f.regionCode, f.period, f.periodStart, f.periodEnd, f.ruleId, f.prefix, f.suffix, f.sentenceStart, f.sentenceEnd, v ? 1 : 0,
    ]);
    if (chunk.length === CHUNK) {
      yield { t: "figures", rows: chunk };
      chunk = [];
    }
  }
  if (chunk.length) yield { t: "figures", rows: chunk };

  // The figure pass's own notes (a figure with no region) are known only now.
  const m = job.meta;
  yield {
    t: "end",
    file: job.file,
    document: [job.id, job.file, m?.title ?? null, m?.outlet ?? null, m?.date ?? null, m?.dateBasis ?? null, m?.url ?? null, decoded.encoding, sha1, codePointLength(doc.text), pageOf.at(-1) ?? 1, JSON.stringify(capWarnings([...warnings, ...doc.errors])), job.options.declared?.level ?? null],
    checks: checks.results().map((c) => [c.kind, JSON.stringify(c.figures.map((f) => `${job.id}-${f.start}-${f.end}`)), c.passed ? 1 : 0, c.message]),
    figures,
    verified,
    facets: facets.rows(),
  };
}

function readDocument(file: string) {
  const bytes = readFileSync(file);
  return { sha1: createHash("sha1").update(bytes).digest("hex"), decoded: decodeBytes(bytes) };
}

/** documentMessages, with a failure of the extraction turned into a skip of that one file (the rest is ingested). */
export function* guardedMessages(job: DocumentJob): Generator<DocumentMessage> {
  try {
    yield* documentMessages(job);
  } catch (e) {
    yield { t: "skip", file: job.file, reason: `could not be read: ${(e as Error).message}` };
  }
}
