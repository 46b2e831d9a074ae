// Numerals → numbers: Arabic (half- or full-width, thousands separators,
// decimals), Chinese (三千二百, 两万零五, 四十七点三, 二〇二一), with the
// multipliers 万, 亿, 万亿 on either, and fractions (三分之一, 百分之八十).

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const MULTIPLIER: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 万: 1e4, 亿: 1e8 };

/** Fold full-width digits and punctuation used inside numbers to ASCII (1:1, so offsets hold). */
export function foldWidth(s: string): string {
  return s.replace(/[０-９．，：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Multiply without binary noise: 47.3 * 1e8 is 4730000000, not 4730000000.000001. */
export function scale(x: number, factor: number): number {
  return Number((x * factor).toPrecision(15));
}

export function parseArabic(s: string): number | null {
  const t = foldWidth(s).replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

function parseChineseInteger(s: string): number | null {
  if (s === "") return null;
  // A string of bare digits (二〇二一) is read digit by digit.
  if (s.length > 1 && [...s].every((c) => c in DIGIT)) {
    return Number([...s].map((c) => DIGIT[c]).join(""));
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // below 万
  let num = 0;
  let pendingDigit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c in DIGIT) {
      num = DIGIT[c];
      pendingDigit = true;
    } else if (c in SMALL_UNIT) {
      section += (pendingDigit ? num : 1) * SMALL_UNIT[c];
      num = 0;
      pendingDigit = false;
    } else if (c === "万" && s[i + 1] === "亿") {
      total = (total + section + num) * 1e12;
      section = num = 0;
      pendingDigit = false;
      i++;
    } else if (c === "万") {
      total += (section + num || (total === 0 ? 1 : 0)) * 1e4;
      section = num = 0;
      pendingDigit = false;
    } else if (c === "亿") {
      total = (total + section + num || 1) * 1e8;
      section = num = 0;
      pendingDigit = false;
    } else {
      return null;
    }
  }
  return total + section + num;
}

/** Chinese numeral, possibly with 点 decimals and a trailing multiplier. */
export function parseChinese(s: string): number | null {
  const dot = s.indexOf("点");
  if (dot === -1) return parseChineseInteger(s);
  const intPart = parseChineseInteger(s.slice(0, dot));
  let rest = s.slice(dot + 1);
  let factor = 1;
  const mult = rest.match(/(万亿|万|亿)$/);
  if (mult) {
    factor = MULTIPLIER[mult[1]];
    rest = rest.slice(0, -mult[1].length);
  }
  if (intPart === null || rest === "" || ![...rest].every((c) => c in DIGIT)) return null;
  const frac = Number("0." + [...rest].map((c) => DIGIT[c]).join(""));
  return scale(intPart + frac, factor);
}

/** Any numeral this project reads: Arabic or Chinese, with 万/亿 suffixes. */
export function parseNumeral(s: string): number | null {
  const folded = foldWidth(s);
  const m = folded.match(/^([\d,]+(?:\.\d+)?)(万亿|千万|百万|万|亿)?$/);
  if (m) {
    const base = parseArabic(m[1]);
    return base === null ? null : m[2] ? scale(base, MULTIPLIER[m[2]]) : base;
  }
  return parseChinese(s);
}

/** 三分之一 → 33.33, 百分之八十 → 80 (percent, two decimals). */
export function parseFraction(s: string): number | null {
  const m = s.match(/^(.+?)分之(.+)$/);
  if (!m) return null;
  const den = parseNumeral(m[1]);
  const num = parseNumeral(m[2]);
  if (den === null || num === null || den === 0) return null;
  return Math.round((num / den) * 100 * 100) / 100;
}
