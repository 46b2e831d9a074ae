// Reads of figures: lists, counts and the citation of one figure.

import { and, asc, count, desc, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { db } from "./db";
import { checks, documents, figures, paragraphs, sections, sentences } from "../db/schema";
import { regionPrefix, regionRange, type FigureFilters, type SortKey } from "../filters";

export interface Overview {
  documents: number;
  figures: number;
  verified: number;
  regions: number;
}

export function fetchOverview(): Overview {
  const row = db()
    .select({
      figures: count(),
      verified: sql<number>`sum(${figures.verified})`,
      regions: sql<number>`count(distinct coalesce(${figures.regionCode}, ${figures.province}))`,
    })
    .from(figures)
    .get();
  const docs = db().select({ n: count() }).from(documents).get();
  return { documents: docs?.n ?? 0, figures: row?.figures ?? 0, verified: row?.verified ?? 0, regions: row?.regions ?? 0 };
}

export interface RegionCount {
  province: string;
  code: string; // the province's GB/T 2260 code
  figures: number;
  verified: number;
}

/** How many figures each province reports (a count of figures, not a sum of their values). */
export function fetchFigureCountsByProvince(): RegionCount[] {
  return db()
    .select({
      province: sql<string>`coalesce(${figures.province}, '')`,
      code: sql<string>`coalesce(substr(${figures.regionCode}, 1, 2) || '0000', '')`,
      figures: count(),
      verified: sql<number>`sum(${figures.verified})`,
    })
    .from(figures)
    // National figures (code 000000) and figures of no known place both lack a province: keep them apart.
    .groupBy(figures.province, sql`substr(${figures.regionCode}, 1, 2)`)
    .orderBy(desc(count()), asc(figures.province))
    .all();
}

export interface FigureRow {
  id: string;
  documentId: string;
  text: string;
  value: number;
  valueMax: number | null;
  unit: string | null;
  qualifier: string;
  kind: string;
  label: string | null;
  metric: string;
  institution: string;
  province: string | null;
  city: string | null;
  county: string | null;
  regionCode: string | null;
  period: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  verified: boolean;
}

/** The columns of a figure row, for every query that lists figures. */
export const FIGURE_COLUMNS = {
  id: figures.id,
  documentId: figures.documentId,
  text: figures.text,
  value: figures.value,
  valueMax: figures.valueMax,
  unit: figures.unit,
  qualifier: figures.qualifier,
  kind: figures.kind,
  label: figures.label,
  metric: figures.metric,
  institution: figures.institution,
  province: figures.province,
  city: figures.city,
  county: figures.county,
  regionCode: figures.regionCode,
  period: figures.period,
  periodStart: figures.periodStart,
  periodEnd: figures.periodEnd,
  verified: figures.verified,
};

/** The WHERE clause of the explore filters; shared by the page and the downloads. */
export function whereOf(f: Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">): SQL | undefined {
  const w: SQL[] = [];
  if (f.region) {
    const [from, to] = regionRange(regionPrefix(f.region));
    w.push(and(gte(figures.regionCode, from), lt(figures.regionCode, to))!);
  }
  if (f.institution) w.push(eq(figures.institution, f.institution));
  if (f.kind) w.push(eq(figures.kind, f.kind));
  if (f.metric) w.push(eq(figures.metric, f.metric));
  if (f.period) w.push(eq(figures.period, f.period));
  if (f.doc) w.push(eq(figures.documentId, f.doc));
  if (f.verified !== undefined) w.push(eq(figures.verified, f.verified));
  if (f.q) w.push(sql`${figures}.rowid in (${searchRowids(f.q)})`);
  return w.length ? and(...w) : undefined;
}

/**
 * The figures whose sentence holds `q` (any case of Latin letters). Chinese
 * has no word boundaries, so the text is indexed by trigrams (FTS5,
 * paragraphs_fts): a query of three or more characters finds its paragraphs
 * in the index; one or two characters (法院, 毒品) are too short for a
 * trigram and scan the text. Each hit is checked against the figure's own
 * sentence, which the index does not know.
 */
function searchRowids(q: string): SQL {
  const inSentence = sql`instr(lower(substr(p.text, f.sentence_start - p.start + 1, f.sentence_end - f.sentence_start)), lower(${q})) > 0`;
  const figuresIn = sql`join figures f on f.document_id = p.document_id and f.start >= p.start and f.end <= p.end`;
  if (Array.from(q).length >= 3) {
    return sql`select f.rowid from paragraphs_fts m join paragraphs p on p.id = m.rowid ${figuresIn} where paragraphs_fts match ${trigramQuery(q)} and ${inSentence}`;
  }
  return sql`select f.rowid from paragraphs p ${figuresIn} where instr(lower(p.text), lower(${q})) > 0 and ${inSentence}`;
}

/**
 * An FTS5 query for paragraphs holding every trigram of `q` (three or more
 * characters): trigrams that cover it, each an FTS5 string (no operators),
 * joined by AND. The index keeps no positions (detail=none), so it answers
 * which paragraphs hold all of them; the caller checks the exact string.
 */
export function trigramQuery(q: string): string {
  const cps = Array.from(q);
  const at = new Set<number>();
  for (let i = 0; i + 3 <= cps.length; i += 3) at.add(i);
  at.add(cps.length - 3); // the last three, so the windows cover every character
  return [...at].map((i) => `"${cps.slice(i, i + 3).join("").replace(/"/g, '""')}"`).join(" AND ");
}

/** A figure's sentence: a slice of its paragraph's text (sentences are stored as offsets). Needs `paragraphOf` joined. */
export const SENTENCE_TEXT = sql<string>`substr(${paragraphs.text}, ${figures.sentenceStart} - ${paragraphs.start} + 1, ${figures.sentenceEnd} - ${figures.sentenceStart})`;

/** The join condition of a figure's paragraph, through its sentence. */
export const paragraphOfSentence = and(eq(paragraphs.documentId, sentences.documentId), eq(paragraphs.ordinal, sentences.paragraph))!;

const ORDER: Record<SortKey, SQL[]> = {
  document: [sql`${figures.documentId}`, sql`${figures.start}`],
  value: [sql`${figures.value}`],
  unit: [sql`${figures.unit}`],
  label: [sql`${figures.label}`],
  metric: [sql`${figures.metric}`],
  kind: [sql`${figures.kind}`],
  institution: [sql`${figures.institution}`],
  region: [sql`${figures.regionCode}`],
  period: [sql`${figures.periodStart}`, sql`${figures.period}`],
  verified: [sql`${figures.verified}`],
};

export function orderOf(f: Pick<FigureFilters, "sort" | "dir">): SQL[] {
  const dir = f.dir === "desc" ? sql`desc` : sql`asc`;
  // A stable tie-break keeps pages from overlapping.
  return [...ORDER[f.sort].map((c) => sql`${c} ${dir}`), asc(figures.id)];
}

export interface ListedFigure extends FigureRow {
  documentTitle: string | null;
  documentDate: string | null;
}

export function fetchFigures(f: FigureFilters): { rows: ListedFigure[]; total: number } {
  const cond = whereOf(f);
  const total = db().select({ n: count() }).from(figures).where(cond).get()?.n ?? 0;
  const rows = db()
    .select({
      ...FIGURE_COLUMNS,
      // A page without a headline is named by its first line.
      documentTitle: sql<string | null>`coalesce(${documents.title}, (select substr(p.text, 1, 40) from paragraphs p where p.document_id = documents.id and p.ordinal = 0))`,
      documentDate: documents.date,
    })
    .from(figures)
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .where(cond)
    .orderBy(...orderOf(f))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .all();
  return { rows, total };
}

export interface FacetCount {
  key: string;
  n: number;
}

export type FacetName = "region" | "institution" | "kind" | "metric" | "period" | "verified";

/**
 * How many figures each value of a filter would give, with the other
 * filters as they are (as Datasette's facets count): the numbers beside the
 * options of the explore page's selects. Regions count by province; the
 * longer lists keep their most frequent values.
 */
export function fetchFacetCounts(f: Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">): Record<FacetName, FacetCount[]> {
  const facet = (name: FacetName, col: SQL, limit: number): FacetCount[] => {
    const cond = whereOf({ ...f, [name === "region" ? "region" : name]: undefined });
    return db().all<FacetCount>(
      sql`select ${col} as key, count(*) as n from ${figures} ${cond ? sql`where ${cond}` : sql``} group by 1 having key is not null order by n desc, key limit ${limit}`,
    );
  };
  return {
    region: facet("region", sql`substr(${figures.regionCode}, 1, 2) || '0000'`, 60),
    institution: facet("institution", sql`${figures.institution}`, 20),
    kind: facet("kind", sql`${figures.kind}`, 20),
    metric: facet("metric", sql`${figures.metric}`, 300),
    period: facet("period", sql`${figures.period}`, 80),
    verified: facet("verified", sql`case ${figures.verified} when 1 then 'true' else 'false' end`, 2),
  };
}

export interface FigureDetail extends FigureRow {
  start: number;
  end: number;
  ruleId: string;
  prefix: string;
  suffix: string;
  sentence: string;
  sentenceStart: number;
  paragraph: string; // the paragraph holding the sentence
  paragraphStart: number;
  /** the reader's page holding the paragraph */
  page: number;
  documentTitle: string | null;
  outlet: string | null;
  date: string | null;
  dateBasis: string | null;
  url: string | null;
  fileName: string;
  heading: string | null;
  author: string | null;
  authorTitle: string | null;
  checks: { kind: string; passed: boolean; message: string }[];
}

export function fetchFigure(id: string): FigureDetail | null {
  const row = db()
    .select({
      ...FIGURE_COLUMNS,
      start: figures.start,
      end: figures.end,
      ruleId: figures.ruleId,
      prefix: figures.prefix,
      suffix: figures.suffix,
      sentence: SENTENCE_TEXT,
      sentenceStart: sentences.start,
      paragraph: paragraphs.text,
      paragraphStart: paragraphs.start,
      page: paragraphs.page,
      documentTitle: documents.title,
      outlet: documents.outlet,
      date: documents.date,
      dateBasis: documents.dateBasis,
      url: documents.url,
      fileName: documents.fileName,
      heading: sections.heading,
      author: sections.author,
      authorTitle: sections.authorTitle,
    })
    .from(figures)
    .innerJoin(sentences, eq(sentences.id, figures.sentenceId))
    // The paragraph is its own row (a permalink into a 50 MB document reads one paragraph, not the document).
    .innerJoin(paragraphs, paragraphOfSentence)
    .innerJoin(documents, eq(documents.id, figures.documentId))
    .leftJoin(sections, eq(sections.id, figures.sectionId))
    .where(eq(figures.id, id))
    .get();
  if (!row) return null;
  const checkRows = db()
    .select({ kind: checks.kind, passed: checks.passed, message: checks.message, ids: checks.figureIds })
    .from(checks)
    .where(and(eq(checks.documentId, row.documentId), like(sql`${checks.figureIds}`, `%"${id}"%`)))
    .all();
  return {
    ...row,
    checks: checkRows.map(({ kind, passed, message }) => ({ kind, passed, message })),
  };
}
