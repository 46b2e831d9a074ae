// The document reader's reads (lib/queries/documents.ts) on a database built
// from the real corpus, and the paragraph layout the reader draws from them.

import { beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { buildTestDatabase } from "./helpers";

type Queries = typeof import("@/lib/queries/documents");
type Reader = typeof import("@/components/ReaderText");

let q: Queries;
let reader: Reader;
let raw: Database.Database;

beforeAll(async () => {
  const { dbFile } = buildTestDatabase();
  // The query module opens the database named here on first use, so set it before importing.
  process.env.FIGURES_DB = dbFile;
  q = await import("@/lib/queries/documents");
  reader = await import("@/components/ReaderText");
  raw = new Database(dbFile, { readonly: true });
});

const documentIds = () => raw.prepare("select id from documents order by id").pluck().all() as string[];

describe("fetchDocument", () => {
  it("returns null for an unknown id", () => {
    expect(q.fetchDocument("no-such-document")).toBeNull();
  });

  it("returns each document with every one of its figures, in text order", () => {
    const ids = documentIds();
    expect(ids.length).toBeGreaterThan(0);
    let total = 0;
    for (const id of ids) {
      const data = q.fetchDocument(id);
      expect(data, id).not.toBeNull();
      const { document, figures, sentences, sections } = data!;
      expect(document.id).toBe(id);
      const stored = raw.prepare("select id from figures where document_id = ? order by id").pluck().all(id) as string[];
      expect(figures.map((f) => f.id).sort(), id).toEqual([...stored].sort());
      for (let i = 1; i < figures.length; i++) expect(figures[i].start).toBeGreaterThanOrEqual(figures[i - 1].start);
      expect(sentences.length).toBe(raw.prepare("select count(*) from sentences where document_id = ?").pluck().get(id));
      expect(sections.map((s) => s.ordinal)).toEqual(sections.map((_, i) => i));
      total += figures.length;
    }
    expect(total).toBe(raw.prepare("select count(*) from figures").pluck().get());
  });

  it("gives offsets in code points of the body: each figure's text is its slice", () => {
    for (const id of documentIds()) {
      const { document, figures, sentences } = q.fetchDocument(id)!;
      const chars = Array.from(document.body);
      expect(document.charCount).toBe(chars.length);
      for (const f of figures) {
        expect(chars.slice(f.start, f.end).join(""), f.id).toBe(f.text);
        const sentence = sentences.find((s) => s.id === f.sentenceId);
        expect(sentence, f.id).toBeDefined();
        expect(f.start).toBeGreaterThanOrEqual(sentence!.start);
        expect(f.end).toBeLessThanOrEqual(sentence!.end);
      }
    }
  });

  it("marks the sentences of repeated paragraphs", () => {
    const repeats = raw.prepare("select document_id from sentences where repeat_of is not null").pluck().all() as string[];
    for (const id of new Set(repeats)) {
      const { sentences } = q.fetchDocument(id)!;
      const byId = new Map(sentences.map((s) => [s.id, s]));
      for (const s of sentences.filter((x) => x.repeatOf !== null)) {
        expect(byId.get(s.repeatOf!)!.start).toBeLessThan(s.start);
      }
    }
  });
});

describe("buildParagraphs (the reader's layout)", () => {
  it("draws every figure once at its characters, and the paragraphs as the sentences number them", () => {
    for (const id of documentIds()) {
      const { document, figures, sentences, sections } = q.fetchDocument(id)!;
      const paragraphs = reader.buildParagraphs(document.body, figures, sentences, sections);
      const chars = Array.from(document.body);
      const drawn = paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.kind === "figure" ? [s] : [])));
      expect(drawn.map((s) => s.figure.id)).toEqual(figures.map((f) => f.id));
      for (const s of drawn) expect(s.text).toBe(s.figure.text);
      for (const p of paragraphs) expect(p.segments.map((s) => s.text).join("")).toBe(chars.slice(p.start, p.end).join(""));
      for (const s of sentences) {
        const p = paragraphs[s.paragraph];
        expect(s.start >= p.start && s.end <= p.end, `sentence ${s.id} in paragraph ${s.paragraph}`).toBe(true);
      }
      expect(paragraphs.flatMap((p) => p.sectionsStarting).length).toBe(sections.length);
    }
  });

  it("slices by code points, not UTF-16 units", () => {
    const body = "𠮷𠮷县\n\n  受理案件𠀀1207件，审结99件。 \n";
    const fig = (start: number, end: number, text: string) => ({
      id: `t-${start}-${end}`, sectionId: null, sentenceId: 1, start, end, text, value: 1, valueMax: null, unit: "件",
      qualifier: "exact", kind: "cases", label: null, metric: "other", institution: "court",
      province: null, city: null, county: null, period: null, verified: start > 15,
    });
    const figures = [fig(12, 17, "1207件"), fig(20, 23, "99件")];
    const paragraphs = reader.buildParagraphs(body, figures, [], []);
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([[0, 3], [7, 24]]);
    expect(paragraphs[1].segments.map((s) => s.text)).toEqual(["受理案件𠀀", "1207件", "，审结", "99件", "。"]);
  });

  it("points a repeated paragraph at the one it repeats", () => {
    const repeats = raw.prepare("select distinct document_id from sentences where repeat_of is not null").pluck().all() as string[];
    for (const id of repeats) {
      const { document, figures, sentences, sections } = q.fetchDocument(id)!;
      const paragraphs = reader.buildParagraphs(document.body, figures, sentences, sections);
      const marked = paragraphs.filter((p) => p.repeatOf !== null);
      expect(marked.length).toBeGreaterThan(0);
      for (const p of marked) expect(p.repeatOf!).toBeLessThan(p.index);
    }
  });
});

describe("fetchFigure", () => {
  it("cuts the figure's paragraph from the body in SQL, exactly as the code points say, the figure inside it", async () => {
    const figs = await import("@/lib/queries/figures");
    const rows = raw.prepare("select f.id, f.start, f.end, f.text, d.body from figures f join documents d on d.id = f.document_id where f.rowid % 17 = 0").all() as { id: string; start: number; end: number; text: string; body: string }[];
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      const f = figs.fetchFigure(r.id)!;
      const cps = Array.from(r.body);
      expect(f.paragraph).toBe(cps.slice(f.paragraphStart, f.paragraphStart + Array.from(f.paragraph).length).join(""));
      expect(Array.from(f.paragraph).slice(r.start - f.paragraphStart, r.end - f.paragraphStart).join("")).toBe(r.text);
      expect(f.paragraph.includes(f.sentence)).toBe(true);
    }
  });
});

