// The reads behind /regions/[code] and /metrics/[key], checked against plain
// SQL over a database built from the real corpus; each read is made on
// SQLite and on PostgreSQL built from the same corpus, with equal answers
// (helpers.ts `both`).

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { both, buildBothDatabases, dropBothDatabases, postgresReport, postgresUnavailable } from "./helpers";
import { parseFilters, regionPrefix } from "@/lib/filters";

type Regions = typeof import("@/lib/queries/regions");
type Metrics = typeof import("@/lib/queries/metrics");
type Figures = typeof import("@/lib/queries/figures");
type Indicators = typeof import("@/lib/queries/indicators");
type Indexes = typeof import("@/lib/queries/indexes");

let regions: Regions;
let metrics: Metrics;
let figureQueries: Figures;
let indicators: Indicators;
let indexes: Indexes;
let sql: Database.Database;

const pgUnavailable = await postgresUnavailable();

beforeAll(async () => {
  const { dbFile } = await buildBothDatabases(); // sets FIGURES_DB
  regions = await import("@/lib/queries/regions");
  metrics = await import("@/lib/queries/metrics");
  figureQueries = await import("@/lib/queries/figures");
  indicators = await import("@/lib/queries/indicators");
  indexes = await import("@/lib/queries/indexes");
  sql = new Database(dbFile, { readonly: true });
}, 180_000);
afterAll(() => dropBothDatabases());

const countLike = (prefix: string, verifiedOnly = false) =>
  (sql.prepare(`select count(*) n from figures where region_code like ? ${verifiedOnly ? "and verified = 1" : ""}`).get(`${prefix}%`) as { n: number }).n;

describe("regions", () => {
  it("keeps national bodies' figures (code 000000) apart from figures of no known place, and from every province", async () => {
    const rows = await both(() => figureQueries.fetchFigureCountsByProvince());
    const national = rows.find((r) => r.code === "000000");
    expect(national?.figures).toBe(countLike("00"));
    expect(national?.figures).toBeGreaterThan(100); // 最高法, 最高检, 公安部, 司法部 and 全国扫黑办 releases
    expect(rows.reduce((a, r) => a + r.figures, 0)).toBe((sql.prepare("select count(*) n from figures").get() as { n: number }).n);
    expect(rows.filter((r) => r.code === "000000")).toHaveLength(1);
  });

  it("counts the figures of a province, a prefecture and a county by code prefix", async () => {
    for (const [code, prefix] of [
      ["130000", "13"],
      ["131100", "1311"],
      ["131182", "131182"],
    ] as const) {
      const r = await both(() => regions.fetchRegionInfo(code));
      expect(r, code).not.toBeNull();
      expect(r!.prefix).toBe(prefix);
      expect(r!.figures).toBe(countLike(prefix));
      expect(r!.verified).toBe(countLike(prefix, true));
      expect(r!.figures).toBeGreaterThan(0);
    }
    expect((await both(() => regions.fetchRegionInfo("130000")))!.name).toBe("河北省");
    expect((await both(() => regions.fetchRegionInfo("131182")))!.parents.map((p) => p.code)).toEqual(["130000", "131100"]);
  });

  it("filters by region with a range the index on region_code serves, finding what LIKE finds", async () => {
    const { qb } = await import("@/lib/queries/db");
    const { figures } = await import("@/lib/db/schema");
    const { count } = await import("drizzle-orm");
    const codes = sql.prepare("select distinct region_code from figures where region_code is not null").pluck().all() as string[];
    const asked = new Set(codes.flatMap((c) => [c, `${c.slice(0, 2)}0000`, `${c.slice(0, 4)}00`]));
    expect(asked.size).toBeGreaterThan(50);
    for (const code of asked) {
      const { filters, errors } = parseFilters({ region: code, pageSize: "1" });
      expect(errors, code).toEqual([]);
      expect((await both(() => figureQueries.fetchFigures(filters))).total, code).toBe(countLike(regionPrefix(code)));
    }
    const query = qb.select({ n: count() }).from(figures).where(figureQueries.whereOf(parseFilters({ region: "340000" }).filters)).toSQL();
    const plan = (sql.prepare(`explain query plan ${query.sql}`).all(...(query.params as unknown[])) as { detail: string }[]).map((r) => r.detail).join("; ");
    expect(plan).toMatch(/SEARCH figures USING (COVERING )?INDEX figures_region_idx \(region_code>\? AND region_code<\?\)/);
  });

  it("knows no region for codes outside GB/T 2260 or malformed ones", async () => {
    for (const bad of ["999999", "abc", "1311000", "", "13110"]) expect((await both(() => regions.fetchRegionInfo(bad))), bad).toBeNull();
    expect(regions.lookupRegion("13")?.code).toBe("130000");
  });

  it("splits a region's figures into sub-regions and the region's own, adding up to its total", async () => {
    for (const code of ["130000", "131100", "110000"]) {
      const r = (await both(() => regions.fetchRegionInfo(code)))!;
      const sub = await both(() => regions.fetchSubRegionCounts(code));
      const inSubs = sub.regions.reduce((a, s) => a + s.figures, 0);
      expect(inSubs + sub.ownFigures, code).toBe(r.figures);
      for (const s of sub.regions) {
        expect(s.code.startsWith(r.prefix), s.code).toBe(true);
        expect(s.figures).toBe(countLike(regionPrefix(s.code)));
      }
    }
    // Hebei → its prefectures, Hengshui among them; Hengshui → counties Shenzhou and Wuyi; a county has none.
    expect((await both(() => regions.fetchSubRegionCounts("130000"))).regions.map((s) => s.code)).toContain("131100");
    expect((await both(() => regions.fetchSubRegionCounts("131100"))).regions.map((s) => s.code).sort()).toEqual(["131122", "131182"]);
    expect((await both(() => regions.fetchSubRegionCounts("131182"))).regions).toEqual([]);
  });

  it("gives each indicator the region reports once, with its latest value from the region and its count", async () => {
    const rows = await both(() => indicators.fetchRegionLatestValues("130000", "13", 500));
    const expected = sql.prepare("select metric, count(*) n from figures where region_code like '13%' and indicator <> 'other' and statistic = 'value' group by metric").all() as { metric: string; n: number }[];
    expect(rows.map((r) => r.metric).sort()).toEqual(expected.map((e) => e.metric).sort());
    // A page shows a bounded number: the most reported first.
    const top = await both(() => indicators.fetchRegionLatestValues("130000", "13", 5));
    expect(top.map((r) => r.figures)).toEqual(expected.map((e) => e.n).sort((a, b) => b - a).slice(0, 5));
    for (const r of rows) {
      expect(r.figures).toBe(expected.find((e) => e.metric === r.metric)!.n);
      expect(r.latest.metric).toBe(r.metric);
      expect(r.latest.regionCode!.startsWith("13")).toBe(true);
      // No other figure of the metric in the region has a later period.
      const later = sql.prepare("select count(*) n from figures where metric = ? and region_code like '13%' and region_code = ? and period_end > ?").get(r.metric, r.latest.regionCode, r.latest.periodEnd ?? "") as { n: number };
      if (r.latest.periodEnd) expect(later.n).toBe(0);
    }
  });
});

describe("indicators", () => {
  it("tells period lengths apart by their dates", async () => {
    expect(indicators.periodLength("2022-01-01", "2022-12-31")).toBe("year");
    expect(indicators.periodLength("2022-07-01", "2022-12-31")).toBe("half");
    expect(indicators.periodLength("2022-04-01", "2022-06-30")).toBe("quarter");
    expect(indicators.periodLength("2022-02-01", "2022-02-28")).toBe("month");
    expect(indicators.periodLength("2022-01-01", "2022-10-31")).toBe("other");
    expect(indicators.periodLength("2018-01-01", "2022-12-31")).toBe("other");
    expect(indicators.periodLength(null, "2022-12-31")).toBe("moment");
  });

  it("maps one calendar-year value per province, reported for the whole province, in one unit", async () => {
    const values = await both(() => indicators.fetchProvinceYearValues("court.cases.concluded"));
    expect(values.length).toBeGreaterThan(3);
    expect(new Set(values.map((v) => v.code)).size).toBe(values.length);
    for (const v of values) {
      expect(v.code).toMatch(/^\d{2}0000$/);
      expect(v.code).not.toBe("000000");
      expect(v.regionCode).toBe(v.code);
      expect([v.periodStart, v.periodEnd]).toEqual([`${v.year}-01-01`, `${v.year}-12-31`]);
      expect(v.metric).toBe("court.cases.concluded");
      expect(v.unit).toBe("件");
      // The latest year the province reported.
      const latest = sql.prepare("select max(substr(period_end, 1, 4)) y from figures f join documents d on d.id = f.document_id where metric = ? and region_code = ? and unit = '件' and substr(period_start, 6) = '01-01' and substr(period_end, 6) = '12-31' and substr(period_start, 1, 4) = substr(period_end, 1, 4) and (d.level is null or d.level in ('provincial', 'national'))").get(v.metric, v.code) as { y: string };
      expect(String(v.year)).toBe(latest.y);
      // Reported by a body of the province, not by one of a municipality's intermediate courts (whose city is the province).
      expect(sql.prepare("select d.level from figures f join documents d on d.id = f.document_id where f.id = ?").pluck().get(v.id)).not.toBe("prefecture");
    }
    // 天津市第二中级人民法院's 2012 (966) is Tianjin's, but not all of Tianjin's: it is off the map.
    expect(sql.prepare("select count(*) from figures where document_id like '966_%' and metric = 'court.cases.concluded' and region_code = '120000'").pluck().get()).toBeGreaterThan(0);
    expect(values.find((v) => v.code === "120000")?.id ?? "").not.toMatch(/^966_/);
  });

  it("draws a series per place and period length, of two or more distinct periods, never mixing lengths", async () => {
    const series = await both(() => indicators.fetchTimeSeries("court.cases.concluded"));
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) {
      expect(s.points.length).toBeGreaterThanOrEqual(2);
      expect(new Set(s.points.map((p) => indicators.periodLength(p.periodStart, p.periodEnd)))).toEqual(new Set([s.length]));
      expect(new Set(s.points.map((p) => `${p.periodStart}..${p.periodEnd}`)).size).toBe(s.points.length);
      expect(new Set(s.points.map((p) => p.regionCode))).toEqual(new Set([s.regionCode]));
      expect([...s.points].sort((a, b) => a.periodEnd!.localeCompare(b.periodEnd!))).toEqual(s.points);
    }
    // The national bodies report concluded cases year after year.
    expect(series.some((s) => s.regionCode === "000000" && s.length === "year")).toBe(true);
  });

  it("breaks an indicator down by case type and child indicators, never into its own total", async () => {
    const parts = await both(() => indicators.fetchBreakdown("court.cases.concluded"));
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) {
      expect(p.metric).not.toBe("court.cases.concluded");
      expect(p.part.caseType !== null || p.part.indicator !== "court.cases.concluded").toBe(true);
      const n = sql.prepare("select count(*) n from figures where metric = ?").get(p.metric) as { n: number };
      expect(p.figures).toBe(n.n);
    }
  });

  it("indexes every indicator with figures, with its places, periods and documents", async () => {
    const rows = await both(() => indicators.fetchIndicatorIndex());
    const expected = sql.prepare("select indicator, count(*) n, count(distinct region_code) r, count(distinct document_id) d from figures where indicator <> 'other' group by indicator").all() as { indicator: string; n: number; r: number; d: number }[];
    expect(rows.length).toBe(expected.length);
    for (const e of expected) expect(rows.find((r) => r.indicator === e.indicator)).toMatchObject({ figures: e.n, regions: e.r, documents: e.d });
  });

  it("pages the documents and builds the region tree from the figures", async () => {
    const docs = (sql.prepare("select count(*) n from documents").get() as { n: number }).n;
    const page1 = await both(() => indexes.fetchDocumentsPage(1, 40));
    const page3 = await both(() => indexes.fetchDocumentsPage(3, 40));
    expect(page1.total).toBe(docs);
    expect(page1.rows.length).toBe(Math.min(40, docs));
    expect(page3.rows.length).toBe(Math.max(0, Math.min(40, docs - 80)));
    expect(new Set([...page1.rows, ...page3.rows].map((r) => r.id)).size).toBe(page1.rows.length + page3.rows.length);
    const tree = await both(() => indexes.fetchRegionTree());
    const all = tree.provinces.reduce((a, p) => a + p.all, 0) + tree.national + tree.unknown;
    expect(all).toBe((sql.prepare("select count(*) n from figures").get() as { n: number }).n);
    const hebei = tree.provinces.find((p) => p.code === "130000")!;
    expect(hebei.all).toBe(countLike("13"));
    expect(hebei.children.map((c) => c.code)).toContain("131100");
  });
});

describe("the overview's and the indicator pages' reads", () => {
  it("answer the same on both databases, and as SQL counts", async () => {
    const n = (q: string, ...p: unknown[]) => (sql.prepare(q).pluck().get(...p) as number) ?? 0;
    const overview = await both(() => figureQueries.fetchOverview());
    expect(overview).toMatchObject({ figures: n("select count(*) from figures"), verified: n("select count(*) from figures where verified = 1"), documents: n("select count(*) from documents") });
    const summary = await both(() => indicators.fetchDataSummary());
    expect(summary.documents).toBe(overview.documents);
    expect(summary.national).toBe(n("select count(*) from figures where region_code = '000000'") > 0);
    const headlines = await both(() => indicators.fetchHeadlines());
    expect(headlines.length).toBe(Object.values(indicators.HEADLINE_INDICATORS).flat().length);
    for (const h of headlines) expect(h.figures).toBe(n("select count(*) from figures where metric = ?", h.metric));
    // On the real corpus every headline card has a value to show (the 政法委's once asked for groups with no kind, which none are).
    expect(headlines.filter((h) => h.latest === null).map((h) => h.metric)).toEqual([]);
    expect((await both(() => indicators.fetchMappableMetrics())).length).toBeGreaterThan(0);
    // Every metric with figures: its unit (null for some, which the queries match with `is`), its
    // values by province and region, series, latest values, and where a chart's figures come from.
    const metricKeys = sql.prepare("select metric from figures group by metric order by count(*) desc").pluck().all() as string[];
    let nullUnit = 0;
    for (const m of metricKeys) {
      const unit = await both(() => indicators.mainUnit(m));
      if (unit === null) nullUnit++;
      const counts = await both(() => indicators.fetchProvinceCounts(m));
      expect([...counts.values()].reduce((a, b) => a + b, 0), m).toBe(n("select count(*) from figures where metric = ? and region_code is not null and region_code <> '000000'", m));
      const values = await both(() => indicators.fetchProvinceYearValues(m));
      await both(() => indicators.fetchRegionYearValues(m));
      await both(() => indicators.fetchTimeSeries(m));
      await both(() => indicators.fetchLatestValues(m, 30));
      await both(() => indicators.fetchLatestValue(m, "000000"));
      const ids = (await both(() => indicators.fetchLatestValues(m, 30))).map((v) => v.id);
      const sources = await both(() => indicators.fetchSourceSummary(ids));
      expect(sources.reports, m).toBe(new Set(ids.map((id) => sql.prepare("select document_id from figures where id = ?").pluck().get(id))).size);
      expect(sources.bodies, m).toEqual([...new Set(ids.map((id) => sql.prepare("select institution from figures where id = ?").pluck().get(id) as string))].sort());
      if (values.length) expect((await both(() => indicators.fetchSourceSummary(values.map((v) => v.id)))).reports).toBeGreaterThan(0);
    }
    expect(metricKeys.length).toBeGreaterThan(50);
    expect(nullUnit).toBeGreaterThan(0);
    // Figures of no unit are matched with `is` (SQLite) / `is not distinct from` (PostgreSQL): `other` has a yearly one.
    const noUnit = await both(() => indicators.fetchRegionYearValues("other", null));
    expect(noUnit.length).toBe(n(`select count(distinct region_code) from figures where metric = 'other' and unit is null and region_code is not null and region_code <> '000000'
      and substr(period_start, 6) = '01-01' and substr(period_end, 6) = '12-31' and substr(period_start, 1, 4) = substr(period_end, 1, 4)`));
    expect(noUnit.length).toBeGreaterThan(0);
  }, 120_000);
});

describe("metrics", () => {
  it("knows the keys of data/metrics.json, including other, and nothing else", async () => {
    expect(metrics.lookupMetric("court.cases.accepted")?.zh).toBe("受理案件");
    expect(metrics.lookupMetric("other")).not.toBeNull();
    expect(metrics.lookupMetric("nope")).toBeNull();
    expect(await both(() => metrics.fetchMetricOverview("nope"))).toBeNull();
  });

  it("counts a metric's figures, places and documents as SQL does", async () => {
    for (const key of ["court.cases.accepted", "court.enforcement.avg_days", "plac.disputes.resolved", "court.cases.concluded.criminal@yoy_pct", "other"]) {
      const o = (await both(() => metrics.fetchMetricOverview(key)))!;
      const e = sql.prepare("select count(*) n, count(distinct region_code) r, count(distinct document_id) d from figures where metric = ?").get(key) as { n: number; r: number; d: number };
      expect({ figures: o.figures, regions: o.regions, documents: o.documents }).toEqual({ figures: e.n, regions: e.r, documents: e.d });
    }
  });
});

describe("text search", () => {
  // The oracle: every figure's sentence, cut from its paragraph in JavaScript, searched with includes().
  const sentences = () =>
    (sql.prepare("select f.id, f.sentence_start s, f.sentence_end e, p.start ps, p.text pt from figures f join paragraphs p on p.document_id = f.document_id and p.start <= f.start and p.end >= f.end").all() as {
      id: string; s: number; e: number; ps: number; pt: string;
    }[]).map((r) => ({ id: r.id, text: Array.from(r.pt).slice(r.s - r.ps, r.e - r.ps).join("") }));

  it("finds exactly the figures whose sentence holds the query, whatever its length or characters", async () => {
    const all = sentences();
    expect(all.length).toBe(sql.prepare("select count(*) from figures").pluck().get());
    const queries = ["审结案件", "受理", "件", "诉前调解", "同比上升", "全市法院审结", "2021年", "%", 'a"b', "OR", "审结 AND 受理", "不存在的词语", "*"];
    for (const q of queries) {
      const want = all.filter((s) => s.text.toLowerCase().includes(q.toLowerCase())).map((s) => s.id).sort();
      const { filters } = parseFilters({ q, pageSize: "1000" });
      const got: string[] = [];
      for (let page = 1; ; page++) {
        const r = await both(() => figureQueries.fetchFigures({ ...filters, page }, { exact: true }));
        got.push(...r.rows.map((x) => x.id));
        expect(r.total, q).toBe(want.length);
        if (page * 1000 >= r.total) break;
      }
      expect(got.sort(), q).toEqual(want);
    }
  });

  it("lists the first matches of a search up to its cap, in document order, and says there are more", async () => {
    const all = sentences();
    const order = sql.prepare("select id from figures order by document_id, start, id").pluck().all() as string[];
    // 件 scans the text (one character); ,同比 goes through the trigram index. The real corpus has
    // about 400 sentences with ,同比, so a cap of 100 stands in for COUNT_CAP on a large database.
    for (const [q, cap] of [["件", figureQueries.COUNT_CAP], [",同比", 100], ["刑事案", 100]] as const) {
      const matching = new Set(all.filter((s) => s.text.includes(q)).map((s) => s.id));
      const want = order.filter((id) => matching.has(id));
      expect(want.length, q).toBeGreaterThan(cap); // the case this test is about
      const pageSize = 50;
      const got: string[] = [];
      for (let page = 1; page <= cap / pageSize; page++) {
        const r = await both(() => figureQueries.fetchFigures({ ...parseFilters({ q, pageSize: String(pageSize), page: String(page) }).filters }, { cap }));
        expect({ total: r.total, more: r.more }, q).toEqual({ total: cap, more: true });
        got.push(...r.rows.map((x) => x.id));
      }
      expect(got, q).toEqual(want.slice(0, cap));
      // Past the cap a page is empty rather than wrong.
      expect((await both(() => figureQueries.fetchFigures({ ...parseFilters({ q, pageSize: String(pageSize), page: String(cap / pageSize + 1) }).filters }, { cap }))).rows).toEqual([]);
      // With another filter, the cap counts the figures that pass both.
      const court = want.filter((id) => (sql.prepare("select institution from figures where id = ?").pluck().get(id) as string) === "court");
      const r = await both(() => figureQueries.fetchFigures({ ...parseFilters({ q, institution: "court", pageSize: "1000" }).filters }, { cap }));
      expect(r.rows.map((x) => x.id), q).toEqual(court.slice(0, cap));
      expect(r.total, q).toBe(Math.min(cap, court.length));
    }
  });

  it("counts facets where the other filters leave few figures, and lists the values without counts where they leave many", async () => {
    const cap = 100;
    // A period is a filter facet_counts does not hold: these facets are counted from the figures.
    const byPeriod = sql.prepare("select period, count(*) n from figures where period is not null group by 1").all() as { period: string; n: number }[];
    const big = byPeriod.find((r) => r.n > cap)!;
    const small = byPeriod.find((r) => r.n <= cap && r.n > 1)!;
    // Many: the kind facet under a frequent period has every kind there is, no counts.
    const many = await both(() => figureQueries.fetchFacetCounts(parseFilters({ period: big.period }).filters, { cap }));
    const allKinds = sql.prepare("select kind from figures group by 1 order by count(*) desc, kind").pluck().all() as string[];
    expect(many.kind).toEqual(allKinds.map((key) => ({ key, n: null })));
    // Few: the counts are SQL's.
    const few = await both(() => figureQueries.fetchFacetCounts(parseFilters({ period: small.period }).filters, { cap }));
    const want = sql.prepare("select kind key, count(*) n from figures where period = ? group by 1 order by n desc, key").all(small.period);
    expect(few.kind).toEqual(want);
    // The period facet drops its own filter: over every figure, the cached whole-table counts.
    const periods = sql.prepare("select period key, count(*) n from figures where period is not null group by 1 order by n desc, key limit 40").all();
    expect(few.period).toEqual(periods);
  });

  it("sums the facets over province, institution, kind, metric and verified from facet_counts, equal to counting the figures, however many", async () => {
    const cap = 100; // below most of these counts: without facet_counts they would have no numbers
    const facet = (col: string, where: string, params: unknown[], limit: number) =>
      sql.prepare(`select ${col} key, count(*) n from figures ${where ? `where ${where}` : ""} group by 1 having key is not null order by n desc, key limit ${limit}`).all(...params);
    const COLS = { region: ["substr(region_code, 1, 2) || '0000'", 60], institution: ["institution", 20], kind: ["kind", 20], metric: ["metric", 100], verified: ["case when verified then 'true' else 'false' end", 2] } as const;
    const province = (sql.prepare("select substr(region_code, 1, 2) || '0000' from figures where region_code like '13%' limit 1").pluck().get() as string);
    const metric = sql.prepare("select metric from figures where institution = 'court' group by 1 order by count(*) desc limit 1").pluck().get() as string;
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ region: province }, { region: "region_code >= '13' and region_code < '13:'" }],
      [{ region: province, institution: "court", kind: "cases" }, { region: "region_code >= '13' and region_code < '13:'", institution: "institution = 'court'", kind: "kind = 'cases'" }],
      [{ institution: "procuratorate", verified: "true" }, { institution: "institution = 'procuratorate'", verified: "verified = 1" }],
      [{ metric, region: "000000" }, { metric: `metric = '${metric}'`, region: "region_code = '000000'" }],
    ];
    let counted = 0;
    for (const [filters, conds] of cases) {
      const got = await both(() => figureQueries.fetchFacetCounts(parseFilters(filters).filters, { cap }));
      for (const [name, [col, limit]] of Object.entries(COLS)) {
        // A facet counts without its own filter, with the others.
        const where = Object.entries(conds).filter(([k]) => k !== name).map(([, c]) => c).join(" and ");
        const want = facet(col, where, [], limit);
        expect(got[name as keyof typeof got], `${name} under ${JSON.stringify(filters)}`).toEqual(want);
        counted += (want as { n: number }[]).filter((w) => w.n > cap).length;
      }
    }
    expect(counted).toBeGreaterThan(5); // counts past the cap were given, not left out
    // A search matching more than the cap lists every value there is, without counts, in the whole table's order.
    const searched = await both(() => figureQueries.fetchFacetCounts(parseFilters({ q: "件" }).filters, { cap }));
    for (const [name, [col, limit]] of Object.entries(COLS)) {
      const want = (facet(col, "", [], limit) as { key: string }[]).map((w) => ({ key: w.key, n: null }));
      expect(searched[name as keyof typeof searched], `${name} of a search`).toEqual(want);
    }
  });
});

describe("a page of the explore table", () => {
  it("is the rows SQL orders the same way, page after page, for every sort and direction, with and without filters", async () => {
    const columns: Record<string, string> = { document: "document_id, start", value: "value", metric: "metric", region: "region_code", period: "period_start, period", verified: "verified" };
    for (const [sort, cols] of Object.entries(columns)) {
      for (const dir of ["asc", "desc"] as const) {
        for (const where of [["", {}], ["where institution = 'court'", { institution: "court" }]] as const) {
          const order = cols.split(", ").map((c) => `${c} ${dir}`).join(", ") + (sort === "document" ? "" : ", id asc");
          const want = sql.prepare(`select id from figures ${where[0]} order by ${order}`).pluck().all() as string[];
          const got: string[] = [];
          for (let page = 1; (page - 1) * 200 < want.length; page++) {
            got.push(...(await both(() => figureQueries.fetchFigures(parseFilters({ ...where[1], sort, dir, pageSize: "200", page: String(page) }).filters))).rows.map((r) => r.id));
          }
          expect(got, `${sort} ${dir} ${where[0]}`).toEqual(want);
        }
      }
    }
  });
});

postgresReport(pgUnavailable);
