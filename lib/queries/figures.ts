// Reads of figures: lists, counts and the citation of one figure.

import { and, asc, count, desc, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { all, cachedQuery, dialect, get, qb } from "./db";
import { asText, contains, countTrue, documentOrder, figureKey, flagIs, likeAnyCase, noIndex, sortKey } from "./dialect";
import { checks, documents, figures, paragraphs, sections, sentences } from "../db/schema";
import { regionPrefix, regionRange, type FigureFilters, type SortKey } from "../filters";

export interface Overview {
  documents: number;
  figures: number;
  verified: number;
  regions: number;
}

async function fetchOverviewQuery(): Promise<Overview> {
  const row = await get(
    qb
      .select({
        figures: count(),
        verified: countTrue(figures.verified),
        regions: sql<number>`count(distinct coalesce(${figures.regionCode}, ${figures.province}))`,
      })
      .from(figures),
  );
  const docs = await get(qb.select({ n: count() }).from(documents));
  return { documents: docs?.n ?? 0, figures: row?.figures ?? 0, verified: row?.verified ?? 0, regions: row?.regions ?? 0 };
}

export interface RegionCount {
  province: string;
  code: string; // the province's GB/T 2260 code
  figures: number;
  verified: number;
}

/** How many figures each province reports (a count of figures, not a sum of their values). */
function fetchFigureCountsByProvinceQuery(): Promise<RegionCount[]> {
  return all(
    qb
      .select({
        province: sql<string>`coalesce(${figures.province}, '')`,
        code: sql<string>`coalesce(substr(${figures.regionCode}, 1, 2) || '0000', '')`,
        figures: count(),
        verified: countTrue(figures.verified),
      })
      .from(figures)
      // National figures (code 000000) and figures of no known place both lack a province: keep them apart.
      .groupBy(figures.province, sql`substr(${figures.regionCode}, 1, 2)`)
      .orderBy(desc(count()), sortKey(figures.province, "asc")),
  );
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

/**
 * The WHERE clause of the explore filters; shared by the page and the
 * downloads. With `searchLimit`, a search keeps only the first so many
 * matches (in document order) of all the filters: the pages count and list
 * a bounded number; the downloads pass none and get every match.
 */
export function whereOf(f: Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">, searchLimit?: number): SQL | undefined {
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
  if (f.verified !== undefined) w.push(flagIs(figures.verified, f.verified));
  if (!f.q) return w.length ? and(...w) : undefined;
  // The other filters go inside the search, so that its bound counts figures that pass them all.
  return sql`${figureKey()} in (${searchRowids(f.q, w.length ? and(...w) : undefined, searchLimit)})`;
}

/**
 * The figures whose sentence holds `q` (any case of Latin letters) and pass
 * `others`, in document order, the first `limit` of them. Chinese has no
 * word boundaries, so the text is indexed by trigrams (FTS5,
 * paragraphs_fts): a query of three or more characters finds its
 * paragraphs in the index; one or two characters (法院, 毒品) are too short
 * for a trigram and scan the text. Each hit is checked against the figure's
 * own sentence, which the index does not know. Inside, the table is named
 * figures, as outside, so `others` applies to it as written.
 */
function searchRowids(q: string, others: SQL | undefined, limit?: number): SQL {
  const inSentence = contains(sql`lower(substr(p.text, figures.sentence_start - p.start + 1, figures.sentence_end - figures.sentence_start))`, sql`lower(${q})`);
  const figuresIn = sql`join figures on figures.document_id = p.document_id and figures.start >= p.start and figures.start < p.end and figures.end <= p.end`; // start < end: a range of the index
  // In document order, the order the loops already run in (paragraph ids, then each paragraph's
  // figures through figures_document_idx), so a limit stops the search early instead of sorting
  // every match. (FTS5 gives its rowids in order only when that is the whole ORDER BY.)
  const rest = (order: SQL) => sql`and ${inSentence} ${others ? sql`and ${others}` : sql``} order by ${order} ${limit ? sql`limit ${limit}` : sql``}`;
  // FTS5 is SQLite's; on PostgreSQL the trigram index (pg_trgm's, on paragraphs.text) serves the LIKE itself.
  if (isIndexedQuery(q) && dialect() === "sqlite") {
    return sql`select figures.rowid from paragraphs_fts m join paragraphs p on p.id = m.rowid ${figuresIn} where paragraphs_fts match ${trigramQuery(q)} ${rest(sql`m.rowid`)}`;
  }
  // LIKE, not lower(): no copy of each paragraph (it ignores the case of Latin letters, as lower() does).
  return sql`select ${figureKey()} from paragraphs p ${figuresIn} where ${likeAnyCase(sql`p.text`, `%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`)} ${rest(sql`p.id, figures.start`)}`;
}

/** Three characters or more: the trigram index finds the paragraphs. */
export const isIndexedQuery = (q: string) => Array.from(q).length >= 3;

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

// Columns that may be null sort with nulls lowest on either database (sortKey).
const ORDER: Record<SortKey, () => { key: SQL; nullable?: boolean }[]> = {
  // Document order is the order the ingest writes figures in (documents by id, each in text
  // order), so it is the table's own order: a page of it reads its rows and stops.
  document: () => documentOrder().map((key) => ({ key })),
  value: () => [{ key: sql`${figures.value}` }],
  unit: () => [{ key: sql`${figures.unit}`, nullable: true }],
  label: () => [{ key: sql`${figures.label}`, nullable: true }],
  metric: () => [{ key: sql`${figures.metric}` }],
  kind: () => [{ key: sql`${figures.kind}` }],
  institution: () => [{ key: sql`${figures.institution}` }],
  region: () => [{ key: sql`${figures.regionCode}`, nullable: true }],
  period: () => [{ key: sql`${figures.periodStart}`, nullable: true }, { key: sql`${figures.period}`, nullable: true }],
  verified: () => [{ key: sql`${figures.verified}` }],
};

export function orderOf(f: Pick<FigureFilters, "sort" | "dir">): SQL[] {
  const dir = f.dir === "desc" ? "desc" : "asc";
  // A stable tie-break keeps pages from overlapping (document order is one already).
  return [...ORDER[f.sort]().map((c) => (c.nullable ? sortKey(c.key, dir) : sql`${c.key} ${sql.raw(dir)}`)), ...(f.sort === "document" ? [] : [asc(figures.id)])];
}

export interface ListedFigure extends FigureRow {
  documentTitle: string | null;
  documentDate: string | null;
}

/** A search counts and lists this many matches at most ("more than" past it): each match is a sentence read. */
export const COUNT_CAP = 1000;

/** How many figures match the filters, exactly (no cap): a download's size. */
export async function countFigures(f: Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">): Promise<number> {
  const cond = whereOf(f);
  return cond ? ((await get(qb.select({ n: count() }).from(figures).where(cond)))?.n ?? 0) : (await fetchOverview()).figures;
}

/** How many figures match, up to `cap` (then `cap + 1`, meaning more). */
async function countUpTo(cond: SQL | undefined, cap: number): Promise<number> {
  return (await get<{ n: number }>(sql`select count(*) as n from (select 1 from ${figures} ${cond ? sql`where ${cond}` : sql``} limit ${cap + 1}) as capped`))?.n ?? 0;
}

/**
 * A page of figures and how many match. Without filters the count is the
 * table's (kept per database file); a search counts up to COUNT_CAP and says
 * so (`more`); other filters count exactly, through their indexes. `exact`
 * (the JSON API, which clients walk page by page) always counts them all.
 */
export async function fetchFigures(f: FigureFilters, opts: { exact?: boolean; cap?: number } = {}): Promise<{ rows: ListedFigure[]; total: number; more: boolean }> {
  const cap = opts.cap ?? COUNT_CAP;
  // A search lists the first `cap` matches; a page of them in document order needs only the matches up to it.
  const bound = f.q && !opts.exact ? (f.sort === "document" && f.dir === "asc" ? Math.min(cap, f.page * f.pageSize) : cap) : undefined;
  const cond = whereOf(f, bound);
  let total: number;
  let more = false;
  if (!cond) total = (await fetchOverview()).figures;
  else if (f.q && !opts.exact) {
    total = await countUpTo(whereOf(f, cap + 1), cap);
    more = total > cap;
    total = Math.min(total, cap);
  } else total = await countFigures(f);
  // The page's rows first, by their key alone (read from an index where the filters have one), then
  // their columns and documents: joined before the limit, every matching row was read and joined.
  const page = sql`select ${figureKey()} from ${figures} ${cond ? sql`where ${cond}` : sql``} order by ${sql.join(orderOf(f), sql`, `)} limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`;
  const rows = await all(
    qb
      .select({
        ...FIGURE_COLUMNS,
        // A page without a headline is named by its first line.
        documentTitle: sql<string | null>`coalesce(${documents.title}, (select substr(p.text, 1, 40) from paragraphs p where p.document_id = documents.id and p.ordinal = 0))`,
        documentDate: documents.date,
      })
      .from(figures)
      .innerJoin(documents, eq(documents.id, figures.documentId))
      .where(sql`${figureKey()} in (${page})`)
      .orderBy(...orderOf(f)),
  );
  return { rows, total, more };
}

export interface FacetCount {
  key: string;
  /** figures it would give; null where the other filters leave too many figures to count on each request */
  n: number | null;
}

export type FacetName = "region" | "institution" | "kind" | "metric" | "period" | "verified";

/** Facets are counted over at most this many figures per request; past it the options are listed without counts. */
export const FACET_ROWS = 10_000;

const FACETS: Record<FacetName, { col: SQL; limit: number }> = {
  region: { col: sql`substr(${figures.regionCode}, 1, 2) || '0000'`, limit: 60 },
  institution: { col: sql`${figures.institution}`, limit: 20 },
  kind: { col: sql`${figures.kind}`, limit: 20 },
  // The most frequent: every indicator is on /metrics, which links here with its filter.
  metric: { col: sql`${figures.metric}`, limit: 100 },
  period: { col: sql`${figures.period}`, limit: 40 },
  verified: { col: sql`case when ${figures.verified} then 'true' else 'false' end`, limit: 2 },
};

function facetQuery(name: FacetName, cond: SQL | undefined): Promise<FacetCount[]> {
  const { col, limit } = FACETS[name];
  // With a condition, +col: see facetsQuery. (HAVING names the expression, not its alias, which PostgreSQL does not take there.)
  const key = cond ? noIndex(col) : col;
  return all<FacetCount>(sql`select ${key} as key, count(*) as n from ${figures} ${cond ? sql`where ${cond}` : sql``} group by 1 having ${key} is not null order by n desc, key limit ${limit}`);
}

/**
 * Several facets over one condition in one pass: counts by every
 * combination of their values, summed here. (The facets whose own filter is
 * not set all count over the same figures.) Each key is written `+col`, so
 * the planner reads the figures through the filters' index rather than
 * through the facet column's own, which it likes for the order of a GROUP BY.
 */
async function facetsQuery(names: FacetName[], cond: SQL): Promise<Map<FacetName, FacetCount[]>> {
  const rows = await all<Record<string, string | number | null>>(
    sql`select ${sql.join(names.map((n) => sql`${noIndex(FACETS[n].col)} as ${sql.identifier(n)}`), sql`, `)}, count(*) as n from ${figures} where ${cond} group by ${sql.join(names.map((_, i) => sql.raw(String(i + 1))), sql`, `)}`,
  );
  const out = new Map<FacetName, FacetCount[]>();
  for (const name of names) {
    const sums = new Map<string, number>();
    for (const r of rows) {
      const key = r[name];
      if (key !== null) sums.set(String(key), (sums.get(String(key)) ?? 0) + (r.n as number));
    }
    out.set(name, ranked(sums, FACETS[name].limit));
  }
  return out;
}

/** Every facet over the whole table, once per database file: summed from facet_counts where it holds the facet (a scan of every figure otherwise). */
const allFacets = cachedQuery("allFacets", async (name: FacetName): Promise<FacetCount[]> => {
  const cube = name === "period" ? null : await facetCube();
  return cube ? cubeFacets(cube, [name as Exclude<FacetName, "period">], {})[name] : facetQuery(name, undefined);
});

const FACET_NAMES: FacetName[] = ["region", "institution", "kind", "metric", "period", "verified"];
const filterOf = (f: Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">, name: FacetName) => (name === "verified" ? f.verified : f[name]);

/**
 * How many figures each value of a filter would give, with the other
 * filters as they are (as Datasette's facets count): the numbers beside the
 * options of the explore page's selects. Regions count by province; the
 * longer lists keep their most frequent values. Where the other filters
 * leave more than FACET_ROWS figures, counting them on every request would
 * cost a scan: the options are then every value there is, without counts.
 */
async function facetCountsQuery(f: Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">, opts: { cap?: number } = {}): Promise<Record<FacetName, FacetCount[]>> {
  const cap = opts.cap ?? (f.q ? COUNT_CAP : FACET_ROWS); // a search's matches cost more to find than an index's entries
  const out = {} as Record<FacetName, FacetCount[]>;
  // A facet whose filter is set counts without it; the others share the full condition.
  const unset = FACET_NAMES.filter((n) => filterOf(f, n) === undefined);
  const groups: [FacetName[], Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">][] = [
    ...FACET_NAMES.filter((n) => filterOf(f, n) !== undefined).map((n): [FacetName[], typeof f] => [[n], { ...f, [n]: undefined }]),
    ...(unset.length ? [[unset, f] as [FacetName[], typeof f]] : []),
  ];
  for (const [group, filters] of groups) {
    // From facet_counts where it answers (all but the period, which it does not hold), else counted here.
    const cube = cubeAnswers(filters) ? await facetCube() : null;
    const fromCube = cube ? group.filter((n): n is Exclude<FacetName, "period"> => n !== "period") : [];
    if (fromCube.length) Object.assign(out, cubeFacets(cube!, fromCube, filters));
    const names = group.filter((n) => !(fromCube as FacetName[]).includes(n));
    if (!names.length) continue;
    const cond = whereOf(filters, cap + 1);
    if (!cond) {
      for (const n of names) out[n] = await allFacets(n);
    } else if ((cube ? cubeCount(cube, filters) : await countUpTo(cond, cap)) > cap) {
      for (const n of names) out[n] = (await allFacets(n)).map((c) => ({ key: c.key, n: null }));
    } else if (names.length === 1) {
      out[names[0]] = await facetQuery(names[0], cond);
    } else {
      const counted = await facetsQuery(names, cond);
      for (const n of names) out[n] = counted.get(n)!;
    }
  }
  return out;
}

/** facet_counts, and its rows by province: a province's filter reads a 30th of the rows (32,000 at a million figures). */
interface Cube {
  rows: CubeRow[];
  byProvince: Map<string | null, CubeRow[]>;
}

/** The rows of the cube that a province filter (if any) can pass. */
const cubeRows = (cube: Cube, province: string | undefined): CubeRow[] => (province === undefined ? cube.rows : (cube.byProvince.get(province) ?? []));

interface CubeRow {
  province: string | null;
  institution: string;
  kind: string;
  metric: string;
  verified: boolean;
  n: number;
}

/**
 * facet_counts (figures per province, institution, kind, metric and
 * verified, written by the ingest), read once per database: about 20,000
 * rows at a million figures. Null where the database has none that add up
 * to its figures (a file built before the table, or by hand): the facets
 * are then counted from the figures.
 */
const facetCube = cachedQuery("facetCube", async (): Promise<Cube | null> => {
  let rows: Record<string, unknown>[];
  try {
    rows = await all<Record<string, unknown>>(sql`select province, institution, kind, metric, verified, n from facet_counts`);
  } catch {
    return null; // no such table
  }
  const cube = rows.map((r) => ({ province: r.province as string | null, institution: r.institution as string, kind: r.kind as string, metric: r.metric as string, verified: Boolean(r.verified), n: Number(r.n) }));
  const sum = cube.reduce((s, r) => s + r.n, 0);
  if (sum !== (await fetchOverview()).figures) return null;
  const byProvince = new Map<string | null, CubeRow[]>();
  for (const r of cube) {
    const list = byProvince.get(r.province);
    if (list) list.push(r);
    else byProvince.set(r.province, [r]);
  }
  return { rows: cube, byProvince };
});

type Filters = Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">;

/** Whether facet_counts answers a facet under `f`: its filters are among the table's columns, a region at most a province. */
const cubeAnswers = (f: Filters) => !f.q && f.doc === undefined && f.period === undefined && (f.region === undefined || regionPrefix(f.region).length === 2);

const CUBE_KEY: Record<Exclude<FacetName, "period">, (r: CubeRow) => string | null> = {
  region: (r) => r.province,
  institution: (r) => r.institution,
  kind: (r) => r.kind,
  metric: (r) => r.metric,
  verified: (r) => String(r.verified),
};

/** The province facet_counts keys a region filter by (cubeAnswers allows a province at most). */
const provinceFilter = (f: Filters) => (f.region === undefined ? undefined : `${regionPrefix(f.region)}0000`);

/** Whether a row of facet_counts passes the filters `f` (those cubeAnswers allows). */
function cubeRowPasses(r: CubeRow, f: Filters, province: string | undefined): boolean {
  return (
    (province === undefined || r.province === province) &&
    (f.institution === undefined || r.institution === f.institution) &&
    (f.kind === undefined || r.kind === f.kind) &&
    (f.metric === undefined || r.metric === f.metric) &&
    (f.verified === undefined || r.verified === f.verified)
  );
}

/** How many figures pass `f`, from facet_counts. */
function cubeCount(cube: Cube, f: Filters): number {
  const province = provinceFilter(f);
  let n = 0;
  for (const r of cubeRows(cube, province)) if (cubeRowPasses(r, f, province)) n += r.n;
  return n;
}

/** The facets `names` under `f`, summed from facet_counts: exact however many figures they count. */
function cubeFacets(cube: Cube, names: Exclude<FacetName, "period">[], f: Filters): Record<string, FacetCount[]> {
  const province = provinceFilter(f);
  const sums = names.map(() => new Map<string, number>());
  for (const r of cubeRows(cube, province)) {
    if (!cubeRowPasses(r, f, province)) continue;
    names.forEach((name, i) => {
      const key = CUBE_KEY[name](r);
      if (key !== null) sums[i].set(key, (sums[i].get(key) ?? 0) + r.n);
    });
  }
  return Object.fromEntries(names.map((name, i) => [name, ranked(sums[i], FACETS[name].limit)]));
}

/** Counts by key, most first (then by key), the first `limit`. */
function ranked(sums: Map<string, number>, limit: number): FacetCount[] {
  return [...sums]
    .map(([key, n]) => ({ key, n }))
    .sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}

// Kept per database and filters (db.ts): a page of the list, another sort or the next page
// with the same filters counts the same facets (15 ms at a million figures with three filters).
const cachedFacetCounts = cachedQuery("facetCounts", facetCountsQuery);
const FILTER_NAMES = ["region", "institution", "kind", "metric", "period", "doc", "verified", "q"] as const;

/** The facet counts of `f` (its sort and page aside), computed once per database and filters. */
export function fetchFacetCounts(f: Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize"> & Partial<Pick<FigureFilters, "sort" | "dir" | "page" | "pageSize">>, opts: { cap?: number } = {}): Promise<Record<FacetName, FacetCount[]>> {
  // The key is the filters alone, in one order: the same filters give the same key.
  const keyed = Object.fromEntries(FILTER_NAMES.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])) as Omit<FigureFilters, "sort" | "dir" | "page" | "pageSize">;
  return cachedFacetCounts(keyed, opts);
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

export async function fetchFigure(id: string): Promise<FigureDetail | null> {
  if (id.includes("\u0000")) return null; // no id holds a NUL, and PostgreSQL refuses one in a parameter
  const row = await get(
    qb
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
    .where(eq(figures.id, id)),
  );
  if (!row) return null;
  const checkRows = await all(
    qb
      .select({ kind: checks.kind, passed: checks.passed, message: checks.message, ids: checks.figureIds })
      .from(checks)
      .where(and(eq(checks.documentId, row.documentId), like(asText(checks.figureIds), `%"${id}"%`)))
      .orderBy(asc(checks.id)),
  );
  return {
    ...row,
    checks: checkRows.map(({ kind, passed, message }) => ({ kind, passed, message })),
  };
}

// Cached per database file (db.ts): what the pages import.
export const fetchOverview = cachedQuery("fetchOverview", fetchOverviewQuery);
export const fetchFigureCountsByProvince = cachedQuery("fetchFigureCountsByProvince", fetchFigureCountsByProvinceQuery);
