// The explore page's filters, parsed once from a URL's search parameters and
// shared by the pages and the download routes. Bad values come back as
// messages naming the parameter (a page shows them, a route answers 400);
// nothing here throws.

import { z } from "zod";
import { INSTITUTION_KEYS, KIND_KEYS } from "./i18n";
import { isMetricKey } from "./indicators";

export const SORT_KEYS = ["document", "value", "unit", "label", "metric", "kind", "institution", "region", "period", "verified"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface FigureFilters {
  region?: string; // GB/T 2260 code: 2, 4 or 6 significant digits select province, prefecture or county
  institution?: string;
  kind?: string;
  metric?: string;
  period?: string;
  doc?: string;
  verified?: boolean;
  q?: string;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
}

export interface ParamError {
  param: string;
  message: string;
}

const noNul = (s: string) => !s.includes("\u0000");

const SCHEMA = {
  region: z.string().regex(/^\d{2}(\d{2}){0,2}$/, "a GB/T 2260 region code of 2, 4 or 6 digits, such as 130000 or 131100"),
  institution: z.enum(INSTITUTION_KEYS as [string, ...string[]], { error: `one of ${INSTITUTION_KEYS.join(", ")}` }),
  kind: z.enum(KIND_KEYS as [string, ...string[]], { error: `one of ${KIND_KEYS.join(", ")}` }),
  metric: z.string().max(120).refine(isMetricKey, "a metric key of data/metrics.json: indicator[.caseType][@statistic], such as court.cases.concluded.criminal@yoy_pct"),
  // No NUL: PostgreSQL refuses one in text (and no stored text holds one).
  period: z.string().max(40, "at most 40 characters").refine(noNul, "text without a NUL character"),
  doc: z.string().regex(/^[\w.-]{1,80}$/, "a document id such as 004_9ad7854ab247dcce"),
  verified: z.enum(["true", "false"], { error: "true or false" }),
  q: z.string().max(100, "at most 100 characters").refine(noNul, "text without a NUL character"),
  sort: z.enum(SORT_KEYS, { error: `one of ${SORT_KEYS.join(", ")}` }),
  dir: z.enum(["asc", "desc"], { error: "asc or desc" }),
  page: z.string().regex(/^[1-9]\d{0,5}$/, "a whole number from 1"),
  pageSize: z.string().regex(/^[1-9]\d{0,3}$/, "a whole number from 1 to 1000").refine((s) => Number(s) <= 1000, "a whole number from 1 to 1000"),
};

export type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function get(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Parse filters; unknown parameters are ignored, empty ones mean "not set". */
export function parseFilters(params: Params, defaults: { pageSize?: number } = {}): { filters: FigureFilters; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const read = <K extends keyof typeof SCHEMA>(key: K): string | undefined => {
    const raw = get(params, key);
    if (raw === undefined || raw === "") return undefined;
    const r = SCHEMA[key].safeParse(raw);
    if (r.success) return r.data as string;
    errors.push({ param: key, message: `${key}: “${raw.slice(0, 60)}” is not valid; expected ${r.error.issues[0]?.message ?? "another value"}` });
    return undefined;
  };
  const verified = read("verified");
  const filters: FigureFilters = {
    region: read("region"),
    institution: read("institution"),
    kind: read("kind"),
    metric: read("metric"),
    period: read("period"),
    doc: read("doc"),
    verified: verified === undefined ? undefined : verified === "true",
    q: read("q")?.trim() || undefined,
    sort: (read("sort") as SortKey | undefined) ?? "document",
    dir: (read("dir") as "asc" | "desc" | undefined) ?? "asc",
    page: Number(read("page") ?? 1),
    pageSize: Number(read("pageSize") ?? defaults.pageSize ?? 50),
  };
  return { filters, errors };
}

/** The URL search string for filters (defaults left out), for links and downloads. */
export function filtersToSearch(f: Partial<FigureFilters>, overrides: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  const put = (k: string, v: string | number | boolean | undefined) => {
    if (v !== undefined && v !== "") q.set(k, String(v));
  };
  put("region", f.region);
  put("institution", f.institution);
  put("kind", f.kind);
  put("metric", f.metric);
  put("period", f.period);
  put("doc", f.doc);
  put("verified", f.verified);
  put("q", f.q);
  if (f.sort && f.sort !== "document") put("sort", f.sort);
  if (f.dir && f.dir !== "asc") put("dir", f.dir);
  if (f.page && f.page > 1) put("page", f.page);
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined || v === "") q.delete(k);
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** 130000 → "13", 131100 → "1311", 131182 → "131182": the prefix a region code selects. */
/**
 * The codes under a prefix as a range, [prefix, prefix + ":"): region codes
 * are digits and ":" sorts right after "9". A range can use the index on
 * region_code; LIKE 'prefix%' cannot (LIKE ignores case, the index does not).
 */
export function regionRange(prefix: string): [string, string] {
  return [prefix, `${prefix}:`];
}

export function regionPrefix(code: string): string {
  let c = code.padEnd(6, "0");
  while (c.length > 2 && c.endsWith("00")) c = c.slice(0, -2);
  return c;
}
