// The document reader's reads (lib/queries/documents.ts) on a database built
// from the real corpus (and the corpus as one long document, to be paged),
// and the paragraph layout the reader draws from them. Each read is made on
// SQLite and on PostgreSQL built from the same corpus, with equal answers
// (helpers.ts `both`).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeBytes } from "@/lib/extract/decode";
import { toSimplified } from "@/lib/extract/simplify";
import { ORIGINAL_TITLE } from "@/lib/extract/segment";
import { both, buildBothDatabases, CORPUS, dropBothDatabases, postgresReport, postgresUnavailable, tempDir } from "./helpers";

type Queries = typeof import("@/lib/queries/documents");
type Reader = typeof import("@/components/ReaderText");

let q: Queries;
let reader: Reader;
let raw: Database.Database;

// A long document (the whole corpus as one file) so that paging is met on real text.
const LONG = "zz_long";

const pgUnavailable = await postgresUnavailable();

beforeAll(async () => {
  const corpus = path.join(tempDir(), "corpus");
  mkdirSync(corpus);
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
  for (const f of files) copyFileSync(path.join(CORPUS, f), path.join(corpus, f));
  writeFileSync(path.join(corpus, `${LONG}.txt`), files.map((f) => readFileSync(path.join(CORPUS, f), "utf8")).join("\n"));
  const { dbFile } = await buildBothDatabases(corpus); // sets FIGURES_DB
  q = await import("@/lib/queries/documents");
  reader = await import("@/components/ReaderText");
  raw = new Database(dbFile, { readonly: true });
  corpusDir = corpus;
}, 180_000);
afterAll(() => dropBothDatabases());

let corpusDir = "";
const documentIds = () => raw.prepare("select id from documents order by id").pluck().all() as string[];
/** The text of a document as a user's editor reads the file, in code points. */
const sourceChars = (id: string) => {
  const d = decodeBytes(readFileSync(path.join(corpusDir, `${id}.txt`)));
  if (!d.ok) throw new Error(d.error);
  return Array.from(d.text.replace(/^\uFEFF/, ""));
};
/** Every page of a document, as the reader reads them (on both databases, which must agree). */
const allPages = async (id: string) => {
  const first = (await both(() => q.fetchDocument(id)))!;
  const pages = [first];
  for (let k = 2; k <= first.document.pages; k++) pages.push((await both(() => q.fetchDocument(id, k)))!);
  return pages;
};

describe("fetchDocument", () => {
  it("returns null for an unknown id", async () => {
    expect(await both(() => q.fetchDocument("no-such-document"))).toBeNull();
  });

  it("gives, page after page, every paragraph and every figure of each document once, in text order", async () => {
    const ids = documentIds();
    expect(ids.length).toBeGreaterThan(100);
    let total = 0;
    for (const id of ids) {
      const pages = await allPages(id);
      const paragraphs = pages.flatMap((p) => p.paragraphs);
      const figures = pages.flatMap((p) => p.figures);
      expect(pages[0].document.id).toBe(id);
      expect(paragraphs.map((p) => p.ordinal), id).toEqual(paragraphs.map((_, i) => i));
      expect(paragraphs.length).toBe(raw.prepare("select count(*) from paragraphs where document_id = ?").pluck().get(id));
      const stored = raw.prepare("select id from figures where document_id = ? order by id").pluck().all(id) as string[];
      expect(figures.map((f) => f.id).sort(), id).toEqual([...stored].sort());
      for (let i = 1; i < figures.length; i++) expect(figures[i].start).toBeGreaterThanOrEqual(figures[i - 1].start);
      // Each page numbers its figures on from the pages before it; the totals are the document's.
      pages.reduce((before, p) => (expect(p.figuresBefore).toBe(before), before + p.figures.length), 0);
      for (const p of pages) expect(p.totals.figures).toBe(stored.length);
      expect(pages[0].sections.map((s) => s.ordinal)).toEqual(pages[0].sections.map((_, i) => i));
      total += figures.length;
    }
    expect(total).toBe(raw.prepare("select count(*) from figures").pluck().get());
  });

  it("keeps the text as the file has it: each paragraph and figure is the code-point slice of the source file", async () => {
    for (const id of documentIds()) {
      const chars = sourceChars(id);
      const pages = await allPages(id);
      expect(pages[0].document.charCount).toBe(chars.length);
      for (const p of pages.flatMap((x) => x.paragraphs)) expect(p.text, `${id} ¶${p.ordinal}`).toBe(chars.slice(p.start, p.end).join(""));
      for (const f of pages.flatMap((x) => x.figures)) expect(chars.slice(f.start, f.end).join(""), f.id).toBe(f.text);
    }
  });

  it("pages a long document: pages of at most PAGE_CHARS code points (or one longer paragraph), none empty", async () => {
    const { PAGE_CHARS } = await import("@/lib/ingest/ingest");
    const pages = await allPages(LONG);
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      expect(p.paragraphs.length).toBeGreaterThan(0);
      const size = p.paragraphs.reduce((n, x) => n + x.end - x.start, 0);
      if (p.paragraphs.length > 1) expect(size).toBeLessThanOrEqual(PAGE_CHARS);
    }
    // A section's page is where its first paragraph is.
    for (const sec of pages[0].sections) {
      const first = pages.find((p) => p.paragraphs.some((x) => x.end > sec.start))!;
      expect(sec.page).toBe(first.page);
    }
  });

  it("points a repeated paragraph at an earlier one that ends or begins with its text, and at that one's page", async () => {
    const rows = raw.prepare("select distinct document_id from paragraphs where repeat_of is not null").pluck().all() as string[];
    expect(rows.length).toBeGreaterThan(0);
    for (const id of rows) {
      const paragraphs = (await allPages(id)).flatMap((p) => p.paragraphs.map((x) => ({ ...x, page: p.page })));
      for (const p of paragraphs.filter((x) => x.repeatOf !== null)) {
        const original = paragraphs[p.repeatOf!];
        expect(p.repeatOf!).toBeLessThan(p.ordinal);
        // (Read in simplified characters: a page that gives its headline in both scripts, 863, repeats it.)
        // (…and a page printed again under itself, cut short, repeats the head of the earlier one, c69.)
        // (…and a 原标题: line repeats the headline above it after its label, d36.)
        const [was, again] = [toSimplified(original.text), toSimplified(p.text).replace(ORIGINAL_TITLE, "")];
        expect(was.endsWith(again) || was.startsWith(again), p.text).toBe(true);
        expect(p.repeatOfPage).toBe(original.page);
      }
    }
  });
});

describe("readerPages", () => {
  it("starts a new page when the next paragraph would pass the budget, and gives a long paragraph a page of its own", async () => {
    const { readerPages, PAGE_CHARS } = await import("@/lib/ingest/ingest");
    const para = (n: number) => ({ start: 0, end: n });
    expect(readerPages([])).toEqual([]);
    expect(readerPages([para(10), para(20)])).toEqual([1, 1]);
    expect(readerPages([para(PAGE_CHARS - 5), para(5), para(1)])).toEqual([1, 1, 2]);
    expect(readerPages([para(3), para(PAGE_CHARS * 3), para(3)])).toEqual([1, 2, 3]);
  });
});

describe("buildParagraphs (the reader's layout)", () => {
  it("draws every figure of a page once at its characters, and the paragraphs as the sentences number them", async () => {
    for (const id of documentIds()) {
      let starting = 0;
      for (const data of await allPages(id)) {
        const paragraphs = reader.buildParagraphs(data.paragraphs, data.figures, data.sections, data.page);
        const drawn = paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.kind === "figure" ? [s] : [])));
        expect(drawn.map((s) => s.figure.id)).toEqual(data.figures.map((f) => f.id));
        for (const s of drawn) expect(s.text).toBe(s.figure.text);
        paragraphs.forEach((p, k) => expect(p.segments.map((s) => s.text).join("")).toBe(data.paragraphs[k].text));
        const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
        const sentences = raw.prepare("select id, paragraph, start, end from sentences where document_id = ? and paragraph between ? and ?").all(id, paragraphs[0].index, paragraphs.at(-1)!.index) as { id: number; paragraph: number; start: number; end: number }[];
        for (const s of sentences) {
          const p = byIndex.get(s.paragraph)!;
          expect(s.start >= p.start && s.end <= p.end, `sentence ${s.id} in paragraph ${s.paragraph}`).toBe(true);
        }
        starting += paragraphs.flatMap((p) => p.sectionsStarting).length;
      }
      expect(starting, id).toBe((await both(() => q.fetchDocumentSections(id))).length);
    }
  });

  it("slices by code points, not UTF-16 units", async () => {
    const fig = (start: number, end: number, text: string) => ({
      id: `t-${start}-${end}`, sectionId: null, sentenceId: 1, start, end, text, value: 1, valueMax: null, unit: "件",
      qualifier: "exact", kind: "cases", label: null, metric: "other", institution: "court",
      province: null, city: null, county: null, period: null, verified: start > 15,
    });
    const figures = [fig(12, 17, "1207件"), fig(20, 23, "99件")];
    // "𠮷𠮷县\n\n  受理案件𠀀1207件，审结99件。 \n" as the ingest stores it: two paragraphs.
    const paras = [
      { ordinal: 0, start: 0, end: 3, text: "𠮷𠮷县", repeatOf: null, repeatOfPage: null },
      { ordinal: 1, start: 7, end: 24, text: "受理案件𠀀1207件，审结99件。", repeatOf: null, repeatOfPage: null },
    ];
    const paragraphs = reader.buildParagraphs(paras, figures, [], 1);
    expect(paragraphs[1].segments.map((s) => s.text)).toEqual(["受理案件𠀀", "1207件", "，审结", "99件", "。"]);
  });
});

describe("fetchFigure", () => {
  it("reads the figure's paragraph from its row, exactly the source's code points, the figure inside it, and names its page", async () => {
    const figs = await import("@/lib/queries/figures");
    const rows = raw.prepare("select f.id, f.document_id as doc, f.start, f.end, f.text from figures f where f.rowid % 17 = 0").all() as { id: string; doc: string; start: number; end: number; text: string }[];
    expect(rows.length).toBeGreaterThan(50);
    const pageOf = new Map<string, number>();
    for (const r of rows) if (r.doc === LONG) pageOf.set(r.id, (await both(() => figs.fetchFigure(r.id)))!.page);
    expect([...pageOf.values()].some((p) => p > 1)).toBe(true);
    const chars = new Map<string, string[]>();
    for (const r of rows) {
      const f = (await both(() => figs.fetchFigure(r.id)))!;
      if (!chars.has(r.doc)) chars.set(r.doc, sourceChars(r.doc));
      const cps = chars.get(r.doc)!;
      expect(f.paragraph).toBe(cps.slice(f.paragraphStart, f.paragraphStart + Array.from(f.paragraph).length).join(""));
      expect(Array.from(f.paragraph).slice(r.start - f.paragraphStart, r.end - f.paragraphStart).join("")).toBe(r.text);
      expect(f.paragraph.includes(f.sentence)).toBe(true);
      expect((await both(() => q.fetchDocument(r.doc, f.page)))!.figures.some((x) => x.id === r.id)).toBe(true);
    }
  });
});

postgresReport(pgUnavailable);
