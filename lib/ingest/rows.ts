// The rows a document's messages become in the database, for both writers
// (SQLite's writer.ts and PostgreSQL's pg-writer.ts): database ids given in
// order, an article's ordinal and a sentence's index in its document turned
// into those ids. A writer only inserts what `rows` hands it.

import type { DocumentMessage, Row } from "./document";
import { FacetTally } from "./facets";

// Column orders of the rows document.ts builds, each after the ids given here.
export const TABLES = {
  documents: ["id", "file_name", "title", "outlet", "date", "date_basis", "url", "encoding", "sha1", "char_count", "pages", "warnings", "level"],
  sections: ["id", "document_id", "ordinal", "start", "end", "heading", "author", "author_title", "institution", "province", "city", "county", "region_code", "period"],
  paragraphs: ["id", "document_id", "ordinal", "page", "start", "end", "text", "repeat_of"],
  sentences: ["id", "document_id", "section_id", "paragraph", "start", "end", "repeat_of"],
  figures: [
    "id", "document_id", "section_id", "sentence_id", "start", "end", "text", "value", "value_max", "unit", "qualifier", "kind", "label", "metric", "indicator", "case_type", "statistic",
    "institution", "province", "city", "county", "region_code", "period", "period_start", "period_end", "rule_id", "prefix", "suffix", "sentence_start", "sentence_end", "verified",
  ],
  checks: ["document_id", "kind", "figure_ids", "passed", "message"],
  facet_counts: ["province", "institution", "kind", "metric", "verified", "n"],
} as const;
export type Table = keyof typeof TABLES;

export interface DocumentResult {
  file: string;
  figures: number;
  verified: number;
}

export class RowIds {
  private nextParagraph = 1;
  private nextSection = 1;
  private nextSentence = 1;
  // The document being written: where its sentence ids start, its articles' ids by ordinal.
  private current: { firstSentence: number; sectionIds: Map<number, number> } | null = null;
  // Documents' facet counts, summed as each ends (one skipped half-way never ends, and adds nothing).
  private readonly facets = new FacetTally();

  /** The rows of facet_counts: every document that ended, summed. */
  facetRows(): Row[] {
    return this.facets.rows();
  }

  /** Whether a document has begun (its head came) and not yet ended: a skip now leaves rows to take out. */
  get inDocument(): boolean {
    return this.current !== null;
  }

  /**
   * Hands each row of message `m` to `emit`, its values in the table's column
   * order. Returns the document's result on its end, null otherwise; a skip
   * ends the document too, and its rows are the writer's to take out.
   */
  rows(m: DocumentMessage, docId: string, emit: (table: Table, values: unknown[]) => void): DocumentResult | null {
    switch (m.t) {
      case "head": {
        const sectionIds = new Map<number, number>();
        for (const r of m.sections) {
          const id = this.nextSection++;
          sectionIds.set(r[0] as number, id);
          emit("sections", [id, docId, ...r]);
        }
        this.current = { firstSentence: this.nextSentence, sectionIds };
        return null;
      }
      case "paragraphs":
        for (const r of m.rows) emit("paragraphs", [this.nextParagraph++, docId, ...r]);
        return null;
      case "sentences": {
        const c = this.current!;
        for (const [section, paragraph, start, end, repeatOf] of m.rows) {
          emit("sentences", [this.nextSentence++, docId, c.sectionIds.get(section as number) ?? null, paragraph, start, end, repeatOf === null ? null : c.firstSentence + (repeatOf as number)]);
        }
        return null;
      }
      case "figures": {
        const c = this.current!;
        for (const r of m.rows) {
          // [id, section ordinal, sentence index, ...the rest in column order]
          emit("figures", [r[0], docId, c.sectionIds.get(r[1] as number) ?? null, c.firstSentence + (r[2] as number), ...r.slice(3)]);
        }
        return null;
      }
      case "end":
        emit("documents", m.document);
        for (const r of m.checks) emit("checks", [docId, ...r]);
        for (const r of m.facets) this.facets.addRow(r.slice(0, 5), r[5] as number);
        this.current = null;
        return { file: m.file, figures: m.figures, verified: m.verified };
      case "skip":
        this.current = null;
        return null;
    }
  }
}
