// The reads behind /regions/[code] and /metrics/[key], checked against plain
// SQL over a database built from the real corpus.

import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestDatabase } from "./helpers";
import { regionPrefix } from "@/lib/filters";

type Regions = typeof import("@/lib/queries/regions");
type Metrics = typeof import("@/lib/queries/metrics");
type Figures = typeof import("@/lib/queries/figures");

let regions: Regions;
let metrics: Metrics;
let figureQueries: Figures;
let sql: Database.Database;

beforeAll(async () => {
  const { dbFile } = buildTestDatabase();
  process.env.FIGURES_DB = dbFile; // before the query modules open their connection
  regions = await import("@/lib/queries/regions");
  metrics = await import("@/lib/queries/metrics");
  figureQueries = await import("@/lib/queries/figures");
  sql = new Database(dbFile, { readonly: true });
});

const countLike = (prefix: string, verifiedOnly = false) =>
  (sql.prepare(`select count(*) n from figures where region_code like ? ${verifiedOnly ? "and verified = 1" : ""}`).get(`${prefix}%`) as { n: number }).n;

describe("regions", () => {
  it("keeps national bodies' figures (code 000000) apart from figures of no known place, and from every province", () => {
    const rows = figureQueries.fetchFigureCountsByProvince();
    const national = rows.find((r) => r.code === "000000");
    expect(national?.figures).toBe(countLike("00"));
    expect(national?.figures).toBeGreaterThan(100); // 最高法, 最高检, 公安部, 司法部 and 全国扫黑办 releases
    expect(rows.reduce((a, r) => a + r.figures, 0)).toBe((sql.prepare("select count(*) n from figures").get() as { n: number }).n);
    expect(rows.filter((r) => r.code === "000000")).toHaveLength(1);
  });

  it("counts the figures of a province, a prefecture and a county by code prefix", () => {
    for (const [code, prefix] of [
      ["130000", "13"],
      ["131100", "1311"],
      ["131182", "131182"],
    ] as const) {
      const r = regions.fetchRegionInfo(code);
      expect(r, code).not.toBeNull();
      expect(r!.prefix).toBe(prefix);
      expect(r!.figures).toBe(countLike(prefix));
      expect(r!.verified).toBe(countLike(prefix, true));
      expect(r!.figures).toBeGreaterThan(0);
    }
    expect(regions.fetchRegionInfo("130000")!.name).toBe("河北省");
    expect(regions.fetchRegionInfo("131182")!.parents.map((p) => p.code)).toEqual(["130000", "131100"]);
  });

  it("knows no region for codes outside GB/T 2260 or malformed ones", () => {
    for (const bad of ["999999", "abc", "1311000", "", "13110"]) expect(regions.fetchRegionInfo(bad), bad).toBeNull();
    expect(regions.lookupRegion("13")?.code).toBe("130000");
  });

  it("splits a region's figures into sub-regions and the region's own, adding up to its total", () => {
    for (const code of ["130000", "131100", "110000"]) {
      const r = regions.fetchRegionInfo(code)!;
      const sub = regions.fetchSubRegionCounts(code);
      const inSubs = sub.regions.reduce((a, s) => a + s.figures, 0);
      expect(inSubs + sub.ownFigures, code).toBe(r.figures);
      for (const s of sub.regions) {
        expect(s.code.startsWith(r.prefix), s.code).toBe(true);
        expect(s.figures).toBe(countLike(regionPrefix(s.code)));
      }
    }
    // Hebei → its prefectures, Hengshui among them; Hengshui → counties Shenzhou and Wuyi; a county has none.
    expect(regions.fetchSubRegionCounts("130000").regions.map((s) => s.code)).toContain("131100");
    expect(regions.fetchSubRegionCounts("131100").regions.map((s) => s.code).sort()).toEqual(["131122", "131182"]);
    expect(regions.fetchSubRegionCounts("131182").regions).toEqual([]);
  });

  it("counts figures by institution and kind, matching SQL, summing to the region total", () => {
    const rows = regions.fetchRegionCountsByInstitutionKind("131100");
    const expected = sql
      .prepare("select institution, kind, count(*) n from figures where region_code like '1311%' group by institution, kind")
      .all() as { institution: string; kind: string; n: number }[];
    expect(rows.length).toBe(expected.length);
    for (const e of expected) expect(rows.find((r) => r.institution === e.institution && r.kind === e.kind)?.figures).toBe(e.n);
    expect(rows.reduce((a, r) => a + r.figures, 0)).toBe(countLike("1311"));
  });

  it("groups the region's figures by metric, each figure once and in the region", () => {
    const groups = regions.fetchRegionFiguresByMetric("130000");
    const all = groups.flatMap((g) => g.figures);
    expect(all.length).toBe(countLike("13"));
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    for (const g of groups) for (const f of g.figures) {
      expect(f.metric).toBe(g.metric);
      expect(f.regionCode!.startsWith("13")).toBe(true);
    }
    const metricsInSql = (sql.prepare("select distinct metric from figures where region_code like '13%'").all() as { metric: string }[]).map((r) => r.metric);
    expect(groups.map((g) => g.metric).sort()).toEqual(metricsInSql.sort());
  });
});

describe("metrics", () => {
  it("knows the keys of data/metrics.json, including other, and nothing else", () => {
    expect(metrics.lookupMetric("court.cases.accepted")?.zh).toBe("受理案件");
    expect(metrics.lookupMetric("other")).not.toBeNull();
    expect(metrics.lookupMetric("nope")).toBeNull();
    expect(metrics.fetchMetricOverview("nope")).toBeNull();
    expect(metrics.fetchMetricFiguresByUnit("nope")).toEqual([]);
  });

  it("returns only figures of the metric, one series per unit, matching SQL", () => {
    for (const key of ["court.cases.accepted", "court.enforcement.avg_days", "plac.disputes.resolved", "court.cases.concluded.criminal@yoy_pct", "other"]) {
      const series = metrics.fetchMetricFiguresByUnit(key);
      const expected = sql.prepare("select coalesce(unit, '') unit, count(*) n from figures where metric = ? group by 1").all(key) as { unit: string; n: number }[];
      expect(series.length, key).toBe(expected.length);
      for (const s of series) {
        expect(s.figures.length).toBe(expected.find((e) => e.unit === (s.unit ?? ""))?.n);
        for (const f of s.figures) expect(f.unit).toBe(s.unit); // one unit per chart
      }
      const ids = series.flatMap((s) => s.figures.map((f) => f.id));
      const sqlIds = (sql.prepare("select id from figures where metric = ?").all(key) as { id: string }[]).map((r) => r.id);
      expect(ids.sort()).toEqual(sqlIds.sort());
      const o = metrics.fetchMetricOverview(key)!;
      expect(o.figures).toBe(sqlIds.length);
    }
    // A metric reported in two units gets two series, never merged.
    const units = metrics.fetchMetricFiguresByUnit("plac.disputes.resolved").map((s) => s.unit);
    expect(new Set(units).size).toBe(units.length);
    expect(units).toEqual(expect.arrayContaining(["件", "起"]));
  });

  it("keeps each figure's value as stored (nothing is summed)", () => {
    const [s] = metrics.fetchMetricFiguresByUnit("court.enforcement.avg_days");
    const row = sql.prepare("select value, period_start, period_end from figures where metric = 'court.enforcement.avg_days'").get() as { value: number };
    expect(s.unit).toBe("天");
    expect(s.figures.map((f) => f.value)).toEqual([row.value]);
  });
});
