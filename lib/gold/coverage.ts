// Every number of a text must be accounted for in the gold: either a figure
// or an excluded number with its reason (docs/annotation.md, "What goes in
// the excluded file"). This finds the numbers to account for. It is
// deliberately not the extractor: a plain reading of digits and numerals, so
// that it can catch what the rules and the annotators both overlooked.

export interface NumberToken {
  start: number; // code points, end exclusive
  end: number;
  text: string;
}

import { DIVISIONS } from "../extract/gazetteer";
import { isTraditional, toSimplified } from "../extract/simplify";

const DIGITS = /[0-9０-９]+/gu;
const NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/gu;

// Lone 一 and 零 are the indefinite article or part of a word (一个, 一批,
// 一体化, 统一, 零距离) and are not listed; nor are enumerators (一是, 二、, (三)).
// Words whose numerals are not numbers at all:
const NOT_NUMBERS = ["长三角", "三角洲", "百姓", "十分", "万一", "千方百计", "四面八方", "五湖四海", "一五一十", "三番五次", "七上八下", "千家万户", "万家灯火", "十全十美", "两岸"];
// Place names with numerals in them (六安, 十堰, 七台河, 三门峡), from the gazetteer.
const PLACES = [...new Set(DIVISIONS.flatMap((d) => [d.short, d.name]).filter((n) => n.length >= 2 && /[零〇一二两三四五六七八九十百千万亿]/.test(n)))];

function codePointOffsets(text: string): (i: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

/** The numbers of a text that the gold must account for, in text order. */
export function numberTokens(rawText: string): NumberToken[] {
  const source = rawText.replace(/^\uFEFF/, "");
  // A text in traditional characters (兩, 萬) is scanned through its simplified copy of the same length.
  const text = isTraditional(source) ? toSimplified(source) : source;
  const cp = codePointOffsets(text);
  const out: NumberToken[] = [];
  for (const m of text.matchAll(DIGITS)) out.push({ start: cp(m.index), end: cp(m.index + m[0].length), text: m[0] });
  for (const m of text.matchAll(NUMERAL)) {
    const at = m.index;
    const run = m[0];
    const after = text.slice(at + run.length);
    const ordinal = text[at - 1] === "第";
    const fraction = after.startsWith("分之") || text.slice(at - 2, at) === "分之";
    if ((run === "一" || run === "零") && !ordinal && !fraction) continue;
    if (/^[、是]/.test(after)) continue;
    if (/[(（]$/.test(text.slice(0, at)) && /^[)）]/.test(after)) continue; // (二): a heading's number
    const around = text.slice(Math.max(0, at - 3), at + run.length + 3);
    if (NOT_NUMBERS.some((w) => around.includes(w) && w.includes(run))) continue;
    const wide = text.slice(Math.max(0, at - 6), at + run.length + 6);
    if (PLACES.some((w) => wide.includes(w) && w.includes(run))) continue;
    out.push({ start: cp(at), end: cp(at + run.length), text: source.slice(at, at + run.length) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Tokens that no gold figure and no excluded entry covers. */
export function unaccounted(tokens: NumberToken[], covered: { start: number; end: number }[]): NumberToken[] {
  return tokens.filter((t) => !covered.some((c) => c.start <= t.start && t.end <= c.end));
}
