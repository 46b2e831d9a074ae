// One schema file for the whole database: camelCase here, snake_case in
// SQLite (drizzle `casing`), indexes beside the table they serve.
import { sqliteTable, text, integer, real, index } from "drizzle-orm/sqlite-core";

/** One source file of the corpus (a scraped page, possibly several articles). */
export const documents = sqliteTable(
  "documents",
  {
    id: text().primaryKey(), // file name without extension, used in URLs
    fileName: text().notNull(),
    title: text(), // headline(s) of the page, from data/sources.json
    outlet: text(),
    date: text(), // ISO date or null
    dateBasis: text(), // how the date is known, or why it is not
    url: text(),
    encoding: text().notNull(), // as detected on read
    sha1: text().notNull(), // of the raw bytes
    charCount: integer().notNull(), // code points, BOM removed
    pages: integer().notNull(), // pages of the reader (paragraphs.page runs 1..pages)
    warnings: text({ mode: "json" }).$type<string[]>().notNull(),
    // The reporting body's level as sources.json declares it (national, provincial, prefecture, county), or null:
    // a municipality's intermediate court reports for 天津市 but not for all of it, and stays off the map.
    level: text(),
  },
);

/** One article on a page: heading plus the author or reporting body. */
export const sections = sqliteTable(
  "sections",
  {
    id: integer().primaryKey(),
    documentId: text().notNull().references(() => documents.id),
    ordinal: integer().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    heading: text(),
    author: text(),
    authorTitle: text(), // the author's office, or the reporting body
    institution: text().notNull(),
    province: text(),
    city: text(),
    county: text(),
    regionCode: text(),
    period: text(), // a phrase framing the whole article (今年以来)
  },
  (t) => [index("sections_document_idx").on(t.documentId)],
);

/**
 * The text, one row per paragraph (a non-blank line, trimmed), with its
 * code-point offsets and the reader's page. A 50 MB document is read and
 * written a paragraph at a time, never as one value.
 */
export const paragraphs = sqliteTable(
  "paragraphs",
  {
    id: integer().primaryKey(),
    documentId: text().notNull().references(() => documents.id),
    ordinal: integer().notNull(), // 0-based, as sentences.paragraph
    page: integer().notNull(), // 1-based page of the reader
    start: integer().notNull(),
    end: integer().notNull(),
    text: text().notNull(),
    repeatOf: integer(), // ordinal of an earlier paragraph this one repeats verbatim (whole or as its tail)
  },
  (t) => [
    index("paragraphs_document_idx").on(t.documentId, t.ordinal),
    index("paragraphs_page_idx").on(t.documentId, t.page),
    index("paragraphs_end_idx").on(t.documentId, t.end),
  ],
);

/**
 * Sentences as code-point offsets into their paragraph's text (the text is
 * stored once, in paragraphs): sentence = substr(paragraph.text,
 * start − paragraph.start + 1, end − start).
 */
export const sentences = sqliteTable(
  "sentences",
  {
    id: integer().primaryKey(),
    documentId: text().notNull().references(() => documents.id),
    sectionId: integer().references(() => sections.id),
    paragraph: integer().notNull(), // index of the paragraph in the document
    start: integer().notNull(),
    end: integer().notNull(),
    repeatOf: integer(), // id of an earlier sentence in a verbatim repeated paragraph
  },
  (t) => [index("sentences_document_idx").on(t.documentId, t.start)],
);

/** A figure: the fields of shared/docs/figures.md plus provenance. */
export const figures = sqliteTable(
  "figures",
  {
    id: text().primaryKey(), // `${documentId}-${start}-${end}`: stable across re-ingests
    documentId: text().notNull().references(() => documents.id),
    sectionId: integer().references(() => sections.id),
    sentenceId: integer().notNull().references(() => sentences.id),
    start: integer().notNull(),
    end: integer().notNull(),
    text: text().notNull(),
    value: real().notNull(),
    valueMax: real(),
    unit: text(),
    qualifier: text().notNull(),
    kind: text().notNull(),
    label: text(),
    metric: text().notNull(), // indicator[.caseType][@statistic]
    indicator: text().notNull(),
    caseType: text(),
    statistic: text().notNull(),
    institution: text().notNull(),
    province: text(),
    city: text(),
    county: text(),
    regionCode: text(),
    period: text(),
    periodStart: text(),
    periodEnd: text(),
    ruleId: text().notNull(),
    prefix: text().notNull(), // quote selector: up to 32 code points before
    suffix: text().notNull(), // and after the span
    sentenceStart: integer().notNull(),
    sentenceEnd: integer().notNull(),
    verified: integer({ mode: "boolean" }).notNull(),
  },
  // The explore page filters on any of region, institution, kind and metric: these carry the
  // others too, and period and verified for the facets, so a count or a facet over a few filters
  // is read from one index, not the table (7,434 rows' facets at 1M: 18 → 5 ms).
  (t) => [
    index("figures_document_idx").on(t.documentId, t.start),
    index("figures_region_idx").on(t.regionCode, t.institution, t.kind, t.metric, t.period, t.verified),
    index("figures_institution_idx").on(t.institution, t.kind, t.regionCode, t.metric, t.period, t.verified),
    index("figures_metric_idx").on(t.metric, t.regionCode),
    index("figures_indicator_idx").on(t.indicator, t.caseType, t.statistic),
  ],
);

/**
 * How many figures each combination of province, institution, kind, metric
 * and verified has: the explore page's facets over those filters are sums
 * of these (about 20,000 rows at a million figures) instead of a count over
 * thousands of index entries per request. Written by the ingest; the data
 * is read-only after it.
 */
export const facetCounts = sqliteTable("facet_counts", {
  province: text(), // the region code's province (11 → 110000), '000000' national, null where no region
  institution: text().notNull(),
  kind: text().notNull(),
  metric: text().notNull(),
  verified: integer({ mode: "boolean" }).notNull(),
  n: integer().notNull(),
});

/** Consistency checks between figures of one passage (part ≤ whole, share, difference). */
export const checks = sqliteTable(
  "checks",
  {
    id: integer().primaryKey(),
    documentId: text().notNull().references(() => documents.id),
    kind: text().notNull(),
    figureIds: text({ mode: "json" }).$type<string[]>().notNull(),
    passed: integer({ mode: "boolean" }).notNull(),
    message: text().notNull(),
  },
  (t) => [index("checks_document_idx").on(t.documentId)],
);

export type Document = typeof documents.$inferSelect;
export type Section = typeof sections.$inferSelect;
export type Sentence = typeof sentences.$inferSelect;
export type Figure = typeof figures.$inferSelect;
export type Check = typeof checks.$inferSelect;
