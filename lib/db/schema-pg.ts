// The same tables on PostgreSQL (drizzle's pg dialect), for DATABASE_URL:
// column for column as lib/db/schema.ts, so a row written to either reads
// the same. Migrations: drizzle-pg/ (`npm run db:generate:pg`). The search
// index is pg_trgm's GIN index on paragraphs.text (SQLite has FTS5 trigrams).
import { pgTable, text, integer, doublePrecision, boolean, jsonb, index } from "drizzle-orm/pg-core";

export const documents = pgTable("documents", {
  id: text().primaryKey(),
  fileName: text().notNull(),
  title: text(),
  outlet: text(),
  date: text(),
  dateBasis: text(),
  url: text(),
  encoding: text().notNull(),
  sha1: text().notNull(),
  charCount: integer().notNull(),
  pages: integer().notNull(),
  warnings: jsonb().$type<string[]>().notNull(),
  level: text(),
});

export const sections = pgTable(
  "sections",
  {
    id: integer().primaryKey(),
    documentId: text().notNull().references(() => documents.id),
    ordinal: integer().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    heading: text(),
    author: text(),
    authorTitle: text(),
    institution: text().notNull(),
    province: text(),
    city: text(),
    county: text(),
    regionCode: text(),
    period: text(),
  },
  (t) => [index("sections_document_idx").on(t.documentId)],
);

export const paragraphs = pgTable(
  "paragraphs",
  {
    id: integer().primaryKey(),
    documentId: text().notNull().references(() => documents.id),
    ordinal: integer().notNull(),
    page: integer().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    text: text().notNull(),
    repeatOf: integer(),
  },
  (t) => [
    index("paragraphs_document_idx").on(t.documentId, t.ordinal),
    index("paragraphs_page_idx").on(t.documentId, t.page),
    index("paragraphs_end_idx").on(t.documentId, t.end),
    // Chinese text search: trigrams, as the SQLite database's FTS5 index.
    index("paragraphs_text_trgm_idx").using("gin", t.text.op("gin_trgm_ops")),
  ],
);

export const sentences = pgTable(
  "sentences",
  {
    id: integer().primaryKey(),
    documentId: text().notNull().references(() => documents.id),
    sectionId: integer().references(() => sections.id),
    paragraph: integer().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    repeatOf: integer(),
  },
  (t) => [index("sentences_document_idx").on(t.documentId, t.start)],
);

export const figures = pgTable(
  "figures",
  {
    id: text().primaryKey(),
    documentId: text().notNull().references(() => documents.id),
    sectionId: integer().references(() => sections.id),
    sentenceId: integer().notNull().references(() => sentences.id),
    start: integer().notNull(),
    end: integer().notNull(),
    text: text().notNull(),
    value: doublePrecision().notNull(),
    valueMax: doublePrecision(),
    unit: text(),
    qualifier: text().notNull(),
    kind: text().notNull(),
    label: text(),
    metric: text().notNull(),
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
    prefix: text().notNull(),
    suffix: text().notNull(),
    sentenceStart: integer().notNull(),
    sentenceEnd: integer().notNull(),
    verified: boolean().notNull(),
  },
  (t) => [
    index("figures_document_idx").on(t.documentId, t.start),
    index("figures_region_idx").on(t.regionCode, t.institution, t.kind, t.metric, t.period, t.verified),
    index("figures_institution_idx").on(t.institution, t.kind, t.regionCode, t.metric, t.period, t.verified),
    index("figures_metric_idx").on(t.metric, t.regionCode),
    index("figures_indicator_idx").on(t.indicator, t.caseType, t.statistic),
  ],
);

/** See schema.ts: figures per province, institution, kind, metric and verified, for the explore page's facets. */
export const facetCounts = pgTable("facet_counts", {
  province: text(),
  institution: text().notNull(),
  kind: text().notNull(),
  metric: text().notNull(),
  verified: boolean().notNull(),
  n: integer().notNull(),
});

export const checks = pgTable(
  "checks",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    documentId: text().notNull().references(() => documents.id),
    kind: text().notNull(),
    figureIds: jsonb().$type<string[]>().notNull(),
    passed: boolean().notNull(),
    message: text().notNull(),
  },
  (t) => [index("checks_document_idx").on(t.documentId)],
);
