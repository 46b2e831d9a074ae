// Reads for one region's page (/regions/[code]): its name from the GB/T 2260
// list, the figures reported for it and below it (matched on the prefix of
// region_code), the sub-regions one level down, counts of figures by
// institution and kind, and its figures grouped by metric. Counts are counts
// of figures; no function here adds the values of figures.

import { and, asc, count, desc, eq, gte, lt, sql } from "drizzle-orm";
import { all, cachedQuery, get, qb } from "./db";
import { countTrue } from "./dialect";
import { FIGURE_COLUMNS } from "./figures";
import { documents, figures } from "../db/schema";
import { DIVISIONS, type Division } from "../extract/gazetteer";
import { regionPrefix, regionRange } from "../filters";

export type RegionLevel = "province" | "city" | "county";

export interface RegionRef {
  code: string; // six digits
  name: string; // Chinese name of this level alone (衡水市)
  level: RegionLevel;
}

export interface RegionInfo extends RegionRef {
  prefix: string; // the region_code prefix the region selects: "13", "1311", "131182"
  parents: RegionRef[]; // province, then prefecture, above this region
  figures: number;
  verified: number;
  documents: number;
}

const DIVISION_BY_CODE = new Map<string, Division>(DIVISIONS.map((d) => [d.code, d]));

function ref(d: Division): RegionRef {
  return { code: d.code, name: d.name, level: d.level };
}

/** A division of GB/T 2260 by its code (2, 4 or 6 digits), or null if it is not one. */
export function lookupRegion(code: string): RegionRef | null {
  if (!/^\d{2}(\d{2}){0,2}$/.test(code)) return null;
  const d = DIVISION_BY_CODE.get(code.padEnd(6, "0"));
  return d ? ref(d) : null;
}

/** The divisions above a region: its province and, for a county, its prefecture (when it has one). */
export function regionParents(code: string): RegionRef[] {
  const d = DIVISION_BY_CODE.get(code);
  if (!d || d.level === "province") return [];
  const out: RegionRef[] = [];
  const province = DIVISION_BY_CODE.get(`${code.slice(0, 2)}0000`);
  if (province) out.push(ref(province));
  if (d.level === "county") {
    const city = DIVISION_BY_CODE.get(`${code.slice(0, 4)}00`);
    if (city && city.level === "city") out.push(ref(city));
  }
  return out;
}

const inRegion = (prefix: string) => {
  const [from, to] = regionRange(prefix);
  return and(gte(figures.regionCode, from), lt(figures.regionCode, to))!;
};

/** A region with its counts of figures, or null when the code is not a GB/T 2260 division. */
async function fetchRegionInfoQuery(code: string): Promise<RegionInfo | null> {
  const r = lookupRegion(code);
  if (!r) return null;
  const prefix = regionPrefix(r.code);
  const row = await get(
    qb
      .select({
        figures: count(),
        verified: countTrue(figures.verified),
        documents: sql<number>`count(distinct ${figures.documentId})`,
      })
      .from(figures)
      .where(inRegion(prefix)),
  );
  return {
    ...r,
    prefix,
    parents: regionParents(r.code),
    figures: row?.figures ?? 0,
    verified: row?.verified ?? 0,
    documents: row?.documents ?? 0,
  };
}

export interface SubRegionCount extends RegionRef {
  figures: number;
  verified: number;
}

export interface SubRegions {
  /** One level down: prefectures of a province (or counties directly under it), counties of a prefecture. */
  regions: SubRegionCount[];
  /** Figures reported for the region as a whole, with no lower level known. */
  ownFigures: number;
  ownVerified: number;
}

/** The division one level below `parent` that a figure's region code falls in, or null if none. */
function childOf(parent: RegionRef, regionCode: string): Division | null {
  const d = DIVISION_BY_CODE.get(regionCode);
  if (!d || d.code === parent.code) return null;
  if (parent.level === "province") {
    const city = DIVISION_BY_CODE.get(`${regionCode.slice(0, 4)}00`);
    if (city && city.level === "city") return city;
    return d.level === "county" ? d : null; // districts of a municipality, counties directly under a province
  }
  if (parent.level === "city") return d.level === "county" ? d : null;
  return null;
}

/** Sub-regions reporting figures, with the number of figures each reports (most first). */
async function fetchSubRegionCountsQuery(code: string): Promise<SubRegions> {
  const parent = lookupRegion(code);
  if (!parent) return { regions: [], ownFigures: 0, ownVerified: 0 };
  const rows = await all(
    qb
      .select({
        regionCode: sql<string>`${figures.regionCode}`,
        figures: count(),
        verified: countTrue(figures.verified),
      })
      .from(figures)
      .where(inRegion(regionPrefix(parent.code)))
      .groupBy(figures.regionCode),
  );
  const byChild = new Map<string, SubRegionCount>();
  let ownFigures = 0;
  let ownVerified = 0;
  for (const row of rows) {
    const child = childOf(parent, row.regionCode);
    if (!child) {
      ownFigures += row.figures;
      ownVerified += row.verified;
      continue;
    }
    const c = byChild.get(child.code) ?? { ...ref(child), figures: 0, verified: 0 };
    c.figures += row.figures;
    c.verified += row.verified;
    byChild.set(child.code, c);
  }
  const regions = [...byChild.values()].sort((a, b) => b.figures - a.figures || a.code.localeCompare(b.code));
  return { regions, ownFigures, ownVerified };
}

// Cached per database file (db.ts): what the pages import.
export const fetchRegionInfo = cachedQuery("fetchRegionInfo", fetchRegionInfoQuery);
export const fetchSubRegionCounts = cachedQuery("fetchSubRegionCounts", fetchSubRegionCountsQuery);
