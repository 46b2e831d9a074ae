// Reads for the index pages: documents a page at a time, and the tree of
// regions with how many figures each reports. Both are bounded: documents
// are paged; the tree has one row per region that reports anything.

import { sql } from "drizzle-orm";
import { all, cachedQuery, get } from "./db";
import { lookupRegion, type RegionRef } from "./regions";
import { NATIONAL_CODE } from "../extract/national";

export interface DocumentListRow {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  dateBasis: string | null;
  url: string | null;
  institution: string | null;
  province: string | null;
  regionCode: string | null;
  figures: number;
}

export const DOCUMENTS_PAGE_SIZE = 50;

/** One page of documents, newest first, with their reporting body and figure count. */
export async function fetchDocumentsPage(page = 1, pageSize = DOCUMENTS_PAGE_SIZE): Promise<{ rows: DocumentListRow[]; total: number }> {
  const total = (await get<{ n: number }>(sql`select count(*) as n from documents`))?.n ?? 0;
  const rows = await all<DocumentListRow>(sql`
    -- A page without a headline in sources.json is named by its first line.
    select d.id, coalesce(d.title, (select substr(p.text, 1, 60) from paragraphs p where p.document_id = d.id and p.ordinal = 0)) as title, d.outlet, d.date, d.date_basis as "dateBasis", d.url,
      (select s.institution from sections s where s.document_id = d.id order by s.ordinal limit 1) as institution,
      (select s.province from sections s where s.document_id = d.id order by s.ordinal limit 1) as province,
      (select s.region_code from sections s where s.document_id = d.id order by s.ordinal limit 1) as "regionCode",
      (select count(*) from figures f where f.document_id = d.id) as figures
    from documents d
    order by d.date is null, d.date desc, d.id
    limit ${pageSize} offset ${(Math.max(1, page) - 1) * pageSize}`);
  return { rows, total };
}

export interface RegionNode extends RegionRef {
  /** figures reported by bodies of this region itself */
  own: number;
  /** figures of this region and every region under it */
  all: number;
  children: RegionNode[];
}

/** Provinces, their prefectures and counties, each with its counts of figures; only regions that report. */
async function fetchRegionTreeQuery(): Promise<{ provinces: RegionNode[]; national: number; unknown: number }> {
  const rows = await all<{ code: string | null; n: number }>(sql`select region_code as code, count(*) as n from figures group by region_code`);
  const nodes = new Map<string, RegionNode>();
  let national = 0;
  let unknown = 0;
  const node = (code: string): RegionNode | null => {
    const existing = nodes.get(code);
    if (existing) return existing;
    const r = lookupRegion(code);
    if (!r) return null;
    const n: RegionNode = { ...r, own: 0, all: 0, children: [] };
    nodes.set(code, n);
    return n;
  };
  for (const { code, n } of rows) {
    if (!code) unknown += n;
    else if (code === NATIONAL_CODE) national += n;
    else {
      const self = node(code);
      if (!self) {
        unknown += n;
        continue;
      }
      self.own += n;
      // Up the tree: the prefecture (when the county has one) and the province count it too.
      const chain = [...new Set([`${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])].filter((c) => c !== code);
      self.all += n;
      for (const c of chain) {
        const up = node(c);
        if (up) up.all += n;
      }
    }
  }
  for (const n of nodes.values()) {
    if (n.level === "province") continue;
    const parentCode = n.level === "county" && nodes.has(`${n.code.slice(0, 4)}00`) ? `${n.code.slice(0, 4)}00` : `${n.code.slice(0, 2)}0000`;
    nodes.get(parentCode)?.children.push(n);
  }
  const sort = (list: RegionNode[]) => list.sort((a, b) => a.code.localeCompare(b.code)).forEach((c) => sort(c.children));
  const provinces = [...nodes.values()].filter((n) => n.level === "province");
  sort(provinces);
  return { provinces, national, unknown };
}

// Cached per database file (db.ts): what the pages import.
export const fetchRegionTree = cachedQuery("fetchRegionTree", fetchRegionTreeQuery);
