// Text → every number mention in it, with UTF-16 offsets (end exclusive),
// its value and whether it is a percentage. A general recogniser: it finds 一
// in 一只 and 四 in 答案是四不是五. Deciding which of these are statistics is
// mentions.ts's and figures.ts's business, not this file's.
//
// Percentages carry their value in percent: 百分之八十 → 80, 32.5% → 32.5,
// 千分之二 → 0.2, 九成 → 90, 七五折 → 75, 打对折 → 50, 3个百分点 → 3.
//
// One pass, left to right: at each position where a number can begin, the
// reader in numbers.ts reads the longest number there and the scan resumes
// after it. Every check looks a bounded distance ahead, so the scan is linear
// in the length of the text.

import { foldText, isNumeralChar, readNumberAt, type NumberRead, type ReadOptions } from "./numbers";

export interface NumberMention {
  /** The exact slice of the input. */
  text: string;
  start: number;
  /** Exclusive. */
  end: number;
  value: number;
  kind: "number" | "percentage";
}

// Words in which a numeral character is not a number. The numeral characters
// of a word are masked out wherever the word occurs, except where the word's
// first character continues a numeral (三万一 is 31000, not 万一).
interface AmbiguousWord {
  word: string;
  /** Mask only when the text after the word matches (千万 as "by all means": 千万不要). */
  before?: RegExp;
  /** Do not mask when the text after the word matches (十分之一 is a fraction, 十分 is "very"). */
  notBefore?: RegExp;
}
const AMBIGUOUS: AmbiguousWord[] = [
  ..."一切 壹切 一看 一下 一些 一直 一旦 一定 一般 一致 一样 一樣 一成不变 唯一 统一 統一 万一 萬一".split(" "),
  ..."四川 陆地 陸地 大陆 大陸 登陆 登陸 着陆 著陸 海陆 海陸 陆军 陸軍 陆续 陸續".split(" "),
  ..."入伍 退伍 伍仁 队伍 隊伍 收拾 拾取 拾起 拾到 拾遗 拾遺 夕拾 放肆 肆意 肆无忌惮 肆無忌憚 肆虐 十足".split(" "),
].map((word) => ({ word }) as AmbiguousWord);
AMBIGUOUS.push(
  { word: "十分", notBefore: /^\s*之/ },
  { word: "千万", before: /^[不别別要记記注莫]/ },
  { word: "千萬", before: /^[不别別要记記注莫]/ },
  { word: "万万", before: /^[不没沒别別]/ },
  { word: "萬萬", before: /^[不没沒别別]/ },
);
const AMBIGUOUS_BY_FIRST = new Map<string, AmbiguousWord[]>();
for (const w of AMBIGUOUS) {
  const list = AMBIGUOUS_BY_FIRST.get(w.word[0]) ?? [];
  list.push(w);
  AMBIGUOUS_BY_FIRST.set(w.word[0], list);
}

const URL = /(?:https?|ftp):\/\/[^\s"'<>，。；、“”（）]+/g;

/** Positions that are inside an ambiguous word or a URL. */
function blockedPositions(s: string): Uint8Array {
  const blocked = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const words = AMBIGUOUS_BY_FIRST.get(s[i]);
    if (!words) continue;
    for (const w of words) {
      if (!s.startsWith(w.word, i) || (isNumeralChar(w.word[0]) && isNumeralChar(s[i - 1]))) continue;
      const after = s.slice(i + w.word.length, i + w.word.length + 4);
      if (w.before && !w.before.test(after)) continue;
      if (w.notBefore && w.notBefore.test(after)) continue;
      for (let k = 0; k < w.word.length; k++) if (isNumeralChar(w.word[k])) blocked[i + k] = 1;
    }
  }
  for (const m of s.matchAll(URL)) blocked.fill(1, m.index, m.index + m[0].length);
  return blocked;
}

// 百分之, 千分之, 万分之 (and 百万分之 …): the denominator, in percent.
const PER = /(百万万|百萬萬|百万|百萬|千万|千萬|万万|萬萬|[百佰千仟万萬])[ \t]*分[ \t]*之[ \t]*/y;
const PER_VALUE: Record<string, number> = {
  百: 1, 佰: 1, 千: 10, 仟: 10, 万: 100, 萬: 100,
  百万: 1e4, 百萬: 1e4, 千万: 1e5, 千萬: 1e5, 万万: 1e6, 萬萬: 1e6, 百万万: 1e8, 百萬萬: 1e8,
};
const PERCENTAGE_POINT = /[ \t]*[个個][ \t]*百[ \t]*分[ \t]*[点點]/y;
// 九 九 折, 7 2 折: two digits with a space between, before 折.
const D = "[0-9一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]";
const SPACED_ZHE = new RegExp(`(${D})[ \\t]+(${D})[ \\t]*折`, "y");
const DIGIT_VALUE: Record<string, number> = {
  一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const digitValue = (c: string | undefined): number | undefined =>
  c === undefined ? undefined : c >= "0" && c <= "9" ? Number(c) : DIGIT_VALUE[c];
/** 成 and 折 that begin another word: 成为, 成立, 折合, 折旧. */
const CHENG_WORD = /^[为為立员員功本果绩績交年长長都熟型品就效分份]/;
const ZHE_WORD = /^[合算旧舊射叠疊腾騰]/;
/** A digit after 七成 (七成六 = 76%) unless it counts something of its own (七成 六月). */
const COUNTED_AFTER = /^[年月日天号號个個岁歲名人次位件万萬亿億十百千点點]/;

const START = new Set([..."0123456789.-负負零〇一壹弌二贰貳弍两兩俩倆三叁參叄弎四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬半对對"]);

interface Found {
  start: number;
  end: number;
  value?: number;
  kind?: "number" | "percentage";
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === " " || s[i] === "\t" || s[i] === "\u00a0") i++;
  return i;
}

function percentage(start: number, end: number, value: number): Found {
  return { start, end, value, kind: "percentage" };
}

/** 成 after a number: 三成 = 30%, 三成半 = 35%, 七成 六 = 76%. */
function cheng(s: string, start: number, at: number, base: number, o: ReadOptions): Found | null {
  if (s[at] !== "成" || o.blocked![at] || CHENG_WORD.test(s.slice(at + 1, at + 2)) || !(base > 0 && base <= 10)) return null;
  let end = at + 1;
  let value = base * 10;
  if (s[end] === "半") {
    value += 5;
    end++;
  } else {
    const k = skipSpaces(s, end);
    const d = digitValue(s[k]);
    if (d !== undefined && !o.blocked![k] && !isNumeralChar(s[k + 1]) && !COUNTED_AFTER.test(s.slice(k + 1, k + 2)) && base === Math.trunc(base)) {
      value += d;
      end = k + 1;
    }
  }
  return percentage(start, end, value);
}

/** 折 after a number: 九折 = 90%, 七五折 = 75%, 9.9折 = 99%, 三点一折 = 31%; 十折 is not one. */
function zhe(s: string, start: number, at: number, r: NumberRead | { value: number; twoDigits: boolean }, o: ReadOptions): Found | null {
  if (s[at] !== "折" || o.blocked![at] || ZHE_WORD.test(s.slice(at + 1, at + 2))) return null;
  if (r.twoDigits && r.value >= 10 && r.value <= 99) return percentage(start, at + 1, r.value);
  if (r.value > 0 && r.value < 10) return percentage(start, at + 1, Number((r.value * 10).toPrecision(12)));
  return null;
}

function findAt(s: string, i: number, o: ReadOptions): Found | null {
  const c = s[i];
  const prev = s[i - 1];

  // 百分之八十, 千分之二, 万分之三
  if (c === "百" || c === "佰" || c === "千" || c === "仟" || c === "万" || c === "萬") {
    PER.lastIndex = i;
    const m = PER.exec(s);
    if (m && !o.blocked![i]) {
      const r = readNumberAt(s, i + m[0].length, { ...o, allowBare: true, fractions: false });
      if (r && !r.ok) return { start: i, end: r.end };
      if (r) {
        const k = skipSpaces(s, r.end);
        const end = s[k] === "%" ? k + 1 : r.end; // 百分之50% says it twice
        return percentage(i, end, Number((r.value / PER_VALUE[m[1]]).toPrecision(15)));
      }
    }
  }

  // 打对折 = 50%; 对折 alone is folding in half.
  if ((c === "对" || c === "對") && prev === "打" && s[i + 1] === "折") return percentage(i, i + 2, 50);

  // 半折 = 50%, 半成 = 5%, 半百 = 50
  if (c === "半") {
    if (s[i + 1] === "折" && !ZHE_WORD.test(s.slice(i + 2, i + 3))) return percentage(i, i + 2, 50);
    if (s[i + 1] === "成" && !CHENG_WORD.test(s.slice(i + 2, i + 3))) return percentage(i, i + 2, 5);
    if (s[i + 1] === "百" && !isNumeralChar(s[i + 2])) return { start: i, end: i + 2, value: 50, kind: "number" };
    return null;
  }
  if (c === "对" || c === "對") return null;

  // 九 九 折, 7 2 折
  SPACED_ZHE.lastIndex = i;
  const z = SPACED_ZHE.exec(s);
  if (z && !o.blocked![i] && !o.blocked![i + z[0].length - 1] && !isNumeralChar(prev)) {
    return percentage(i, i + z[0].length, digitValue(z[1])! * 10 + digitValue(z[2])!);
  }

  // A sign or a leading dot binds only where no word or number is glued on the left (5-20, v.2).
  if ((c === "-" || c === ".") && (/[0-9A-Za-z.\-]/.test(prev ?? "") || isNumeralChar(prev))) return null;

  const r = readNumberAt(s, i, o);
  if (!r) return null;
  if (!r.ok) return { start: i, end: r.end };
  if (r.bare) return null;
  if (!r.fraction) {
    const k = skipSpaces(s, r.end);
    if (s[k] === "%") return percentage(i, k + 1, r.value);
    PERCENTAGE_POINT.lastIndex = r.end;
    const p = PERCENTAGE_POINT.exec(s);
    if (p) return percentage(i, r.end + p[0].length, r.value);
    const f = cheng(s, i, k, r.value, o) ?? zhe(s, i, k, r, o);
    if (f) return f;
  }
  return { start: i, end: r.end, value: r.value, kind: "number" };
}

/** Every number mention in `text`, in order, not overlapping. */
export function recognizeNumbers(text: string): NumberMention[] {
  const s = foldText(text);
  const o: ReadOptions = { blocked: blockedPositions(s) };
  const out: NumberMention[] = [];
  let i = 0;
  while (i < s.length) {
    if (!START.has(s[i]) || o.blocked![i]) {
      i++;
      continue;
    }
    const f = findAt(s, i, o);
    if (!f) {
      i++;
      continue;
    }
    if (f.kind && f.value !== undefined && Number.isFinite(f.value)) {
      out.push({ text: text.slice(f.start, f.end), start: f.start, end: f.end, value: f.value, kind: f.kind });
    }
    i = Math.max(f.end, i + 1);
  }
  return out;
}
