// Numerals → numbers: Arabic (half- or full-width, thousands separators,
// decimals, exponents, k/M suffixes), Chinese (三千二百, 两万零五, 四十七点三,
// 二〇二一 read digit by digit, 九万四 = 94000, 一千三 = 1300), financial and
// traditional forms (壹贰叁, 肆佰陸拾, 萬, 億), negatives (负, 負, -), the
// multipliers 万, 亿, 万亿 (and 兆 = 10^12) on either, and fractions
// (三分之一, 百分之八十).
//
// The core is `readNumberAt`, a forward-only reader over a width-folded string
// (see `foldText`): it reads one numeral starting at a position and says where
// it ends. The recogniser (recognize.ts) scans text with it; `parseNumeral` and
// `parseChinese` accept a string when it reads as one numeral from end to end.
// Every step looks at most a few characters ahead (plus a run of spaces), so a
// scan over a text is linear.

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0,
  一: 1, 壹: 1, 弌: 1,
  二: 2, 贰: 2, 貳: 2, 弍: 2, 两: 2, 兩: 2, 俩: 2, 倆: 2,
  三: 3, 叁: 3, 參: 3, 叄: 3, 弎: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};
const ZERO = new Set(["零", "〇"]);
/** 两 means "two of" and is never read digit by digit or after 点 (一点两小时 is 一 and 两). */
const TWO_LIKE = new Set(["两", "兩", "俩", "倆"]);
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
const POINT = new Set(["点", "點"]);
const NEGATIVE_WORD = new Set(["负", "負"]);
/** 十余万, 一千多万, 二十几万: an approximate part before a multiplier, which it does not change. */
const QUALIFIER = new Set(["余", "餘", "多", "几", "幾"]);
/** 十打 = 120, unless 打 is the verb (张三打伤李四). */
const VERB_AFTER_DA = new Set([..."伤傷死架人了击擊开開电電折算工扫掃压壓破断斷败敗赢贏牌球针針卡官字印包听聽造通过過着著倒劫成到给給对對"]);

export const MULTIPLIER: Record<string, number> = {
  万亿: 1e12, 萬億: 1e12, 千万: 1e7, 千萬: 1e7, 百万: 1e6, 百萬: 1e6, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};

/** Fold full-width digits and punctuation used inside numbers to ASCII (1:1, so offsets hold). */
export function foldWidth(s: string): string {
  return s.replace(/[０-９．，：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Fold every full-width ASCII form (！ to ～) to ASCII, the ideographic space
 * to a space and the minus sign to '-'. One UTF-16 unit in, one out, so every
 * index into the folded string is an index into the original.
 */
export function foldText(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000\u2212]/g, (c) =>
    c === "\u3000" ? " " : c === "\u2212" ? "-" : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
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

// ---------------------------------------------------------------------------
// The reader

export interface ReadOptions {
  /** Positions that belong to a word, not a numeral (陆地, 一切); see recognize.ts. */
  blocked?: Uint8Array;
  /** Accept a lone 百 or 千 as 100 or 1000 (parsing 百分之百); a recogniser leaves them (百姓). */
  allowBare?: boolean;
  /** Read 三分之一, 1 4/3 and 一又二分之一 as one number (default true). */
  fractions?: boolean;
}

export interface NumberRead {
  start: number;
  /** Exclusive. */
  end: number;
  value: number;
  /**
   * false when the text is numeral-like but not one number: an approximate
   * range (二三十, 十二三), or 两两. `end` then says how far to skip.
   */
  ok: boolean;
  /** A lone 百, 千, 佰 or 仟 (only accepted with allowBare). */
  bare: boolean;
  /** Two digits and nothing else: "75", 三八, 九九 (read as 75, 38, 99). */
  twoDigits: boolean;
  /** A plain Arabic integer with no unit, sign or suffix: the parts of 1 4/3. */
  plainArabicInteger: boolean;
  fraction: boolean;
}

const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isAsciiLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\u3000" || c === "\u00a0";
const isZhDigit = (c: string | undefined) => c !== undefined && c in DIGIT;

/** Any character that can be part of a numeral (used by the recogniser's context checks). */
export function isNumeralChar(c: string | undefined): boolean {
  return c !== undefined && (isAsciiDigit(c) || c in DIGIT || c in SMALL_UNIT || c in BIG_UNIT);
}

function skipSpaces(s: string, i: number): number {
  while (isSpace(s[i])) i++;
  return i;
}

interface ArabicToken {
  end: number;
  /** ASCII numeral without separators, for Number(). */
  str: string;
  integer: boolean;
  digits: number;
}

/** 12, 1,234,567, 3.5, .5 (a leading dot is the caller's to allow). */
function readArabicToken(s: string, i: number): ArabicToken | null {
  let j = i;
  let str = "";
  let integer = true;
  if (isAsciiDigit(s[j])) {
    const a = j;
    while (isAsciiDigit(s[j])) j++;
    str = s.slice(a, j);
    // Thousands separators only in strict groups of three: 1,050,000 but not 1, 234.
    if (j - a <= 3) {
      while (s[j] === "," && isAsciiDigit(s[j + 1]) && isAsciiDigit(s[j + 2]) && isAsciiDigit(s[j + 3]) && !isAsciiDigit(s[j + 4])) {
        str += s.slice(j + 1, j + 4);
        j += 4;
      }
    }
  } else if (!(s[j] === "." && isAsciiDigit(s[j + 1]))) {
    return null;
  }
  if (s[j] === "." && isAsciiDigit(s[j + 1])) {
    const a = j;
    j++;
    while (isAsciiDigit(s[j])) j++;
    str += s.slice(a, j);
    integer = false;
  }
  return { end: j, str: str.startsWith(".") ? "0" + str : str, integer, digits: str.replace(".", "").length };
}

const enum Tok { None, Digit, Zero, Small, Big, Qualifier }

/** 兆瓦, 兆赫, 兆字节: 兆 is mega there, a unit prefix, not 10^12. */
function isMegaPrefix(s: string, i: number): boolean {
  return s[i] === "兆" && /^(?:[瓦赫帕焦欧歐位]|字节|字節)/.test(s.slice(i + 1, i + 3));
}

function isBlocked(o: ReadOptions, i: number): boolean {
  return o.blocked !== undefined && o.blocked[i] === 1;
}

function result(start: number, end: number, value: number, extra: Partial<NumberRead> = {}): NumberRead {
  return { start, end, value, ok: true, bare: false, twoDigits: false, plainArabicInteger: false, fraction: false, ...extra };
}

function notANumber(start: number, end: number): NumberRead {
  return { ...result(start, end, NaN), ok: false };
}

/**
 * An unsigned numeral at i: Arabic, Chinese or mixed (3万4000, 1千零20),
 * with Chinese decimals (四十七点三亿), spaces between its parts
 * (一百 五 十 二), 余/多/几 before a multiplier and a dozen (十打).
 */
function readUnsigned(s: string, i: number, o: ReadOptions): NumberRead | null {
  if (i >= s.length || isBlocked(o, i)) return null;

  // Arabic first: exponents (2e5, 1.1^+23) and k/M suffixes end the numeral.
  let first: ArabicToken | null = null;
  if (isAsciiDigit(s[i]) || s[i] === ".") {
    first = readArabicToken(s, i);
    if (!first) return null;
    const j = first.end;
    if ((s[j] === "e" || s[j] === "E") && (isAsciiDigit(s[j + 1]) || ((s[j + 1] === "+" || s[j + 1] === "-") && isAsciiDigit(s[j + 2])))) {
      let k = j + 1;
      if (s[k] === "+" || s[k] === "-") k++;
      while (isAsciiDigit(s[k])) k++;
      if (!isAsciiLetter(s[k])) return result(i, k, Number(first.str + s.slice(j, k).replace("E", "e")));
    }
    if (s[j] === "^") {
      let k = j + 1;
      let negative = false;
      while (s[k] === "+" || s[k] === "-") negative = s[k++] === "-" ? !negative : negative;
      const exp = readArabicToken(s, k);
      if (exp && isAsciiDigit(s[k])) {
        const e = Number(exp.str);
        return result(i, exp.end, Number(Math.pow(Number(first.str), negative ? -e : e).toPrecision(15)));
      }
    }
    const q = skipSpaces(s, j);
    const suffix = s[q];
    if ((suffix === "k" || suffix === "K" || suffix === "M") && !isAsciiLetter(s[q + 1]) && !isAsciiDigit(s[q + 1])) {
      return result(i, q + 1, scale(Number(first.str), suffix === "M" ? 1e6 : 1e3));
    }
  } else if (isZhDigit(s[i]) && isZhDigit(s[i + 1]) && !isBlocked(o, i + 1)) {
    return readDigitRun(s, i, o);
  }

  // Structured: groups closed by 万/亿/兆 are kept as (value, level) pairs,
  // so 一万五千亿 multiplies the whole of 一万五千 and 四十五亿四千万 does not.
  const values: number[] = [];
  const levels: number[] = [];
  let section = 0; // below 万, in the open group
  let lastSmall = Infinity; // 千 > 百 > 十 inside one group
  let pending: number | null = null; // a digit waiting for its unit
  let pendingChinese = false;
  let pendingAfterUnit = 0; // the unit just before a pending digit (九万四: 四 after 万)
  let lastUnit = 0;
  let prev = Tok.None;
  let tokens = 0;
  let hasBig = false;
  let end = i;
  let rangeAt = -1;

  if (first) {
    pending = Number(first.str);
    end = first.end;
    prev = Tok.Digit;
    tokens = 1;
  }

  for (;;) {
    const q = tokens > 0 ? skipSpaces(s, end) : end;
    const spaced = q > end;
    const c = s[q];
    if (q >= s.length || isBlocked(o, q)) break;
    if (isAsciiDigit(c)) {
      // 3万4000, 1千零20, 7万 5千: Arabic after a unit or 零, never after a digit.
      if (pending !== null || (prev !== Tok.Small && prev !== Tok.Big && prev !== Tok.Zero)) break;
      const t = readArabicToken(s, q)!;
      pending = Number(t.str);
      pendingChinese = false;
      pendingAfterUnit = 0;
      prev = Tok.Digit;
      end = t.end;
      tokens++;
      continue;
    } else if (c in DIGIT && !ZERO.has(c)) {
      if (pending !== null) {
        // 十二三, 二三十: two digits in a row are a range, not a number.
        if (!spaced && pendingChinese) rangeAt = q;
        break;
      }
      pending = DIGIT[c];
      pendingChinese = true;
      pendingAfterUnit = prev === Tok.Small || prev === Tok.Big ? lastUnit : 0;
      prev = Tok.Digit;
      end = q + 1;
      tokens++;
      continue;
    } else if (ZERO.has(c)) {
      if (pending !== null) break;
      prev = Tok.Zero;
    } else if (c in SMALL_UNIT) {
      const u = SMALL_UNIT[c];
      if (u >= lastSmall) break;
      if (pending !== null) {
        section += scale(pending, u);
        pending = null;
      } else if (tokens === 0 || (prev === Tok.Zero && u === 10)) {
        section += u; // 十五, 百三, 千三, 拾万; 零十 (一百零十万)
      } else {
        break;
      }
      lastSmall = u;
      lastUnit = u;
      prev = Tok.Small;
    } else if (c in BIG_UNIT) {
      const b = BIG_UNIT[c];
      if (isMegaPrefix(s, q)) break;
      if (pending === null && section === 0) {
        if (prev !== Tok.Big) break; // 万 alone is no number
        // 万万 = 10^8, 万亿 = 10^12: the group just closed is multiplied again.
        values[values.length - 1] = scale(values[values.length - 1], b);
        levels[levels.length - 1] *= b;
      } else {
        let total = section + (pending ?? 0);
        while (levels.length && levels[levels.length - 1] < b) {
          total += values.pop()!;
          levels.pop();
        }
        values.push(scale(total, b));
        levels.push(b);
      }
      section = 0;
      pending = null;
      lastSmall = Infinity;
      lastUnit = b;
      prev = Tok.Big;
      hasBig = true;
    } else if (QUALIFIER.has(c)) {
      if (pending === null && section === 0) break;
      const r = skipSpaces(s, q + 1);
      if (!(s[r] in BIG_UNIT) || isBlocked(o, r)) break;
      prev = Tok.Qualifier;
    } else {
      break;
    }
    end = q + 1;
    tokens++;
  }

  if (tokens === 0) return null;
  if (rangeAt >= 0) {
    const rest = readUnsigned(s, rangeAt, o);
    return notANumber(i, Math.max(rangeAt + 1, rest ? rest.end : 0));
  }

  let value = section;
  for (const v of values) value += v;
  if (pending !== null) {
    // 一千三 = 1300, 九万四 = 94000: a last digit right after 百 or more counts in the unit below it.
    value += pendingChinese && pendingAfterUnit >= 100 ? pending * (pendingAfterUnit / 10) : pending;
  }
  const endsChinese = prev === Tok.Zero || prev === Tok.Small || prev === Tok.Big || (prev === Tok.Digit && pendingChinese);
  const bare = tokens === 1 && prev === Tok.Small && section >= 100;
  let integer = Number.isInteger(value) && (first === null || first.integer || tokens > 1);

  // Decimals after a Chinese integer: 四十七点三(亿), 四百 点 五, 两千万点五五四四.
  if (endsChinese) {
    const p = skipSpaces(s, end);
    if (POINT.has(s[p]) && !isBlocked(o, p)) {
      const a = skipSpaces(s, p + 1);
      let k = a;
      let digits = "";
      while (isZhDigit(s[k]) && !TWO_LIKE.has(s[k]) && !isBlocked(o, k)) digits += DIGIT[s[k++]];
      // 三点五十分 is a time of day, not 3.5.
      if (digits !== "" && !(s[k] in SMALL_UNIT)) {
        value = Number.isInteger(value) && value < 1e21 ? Number(`${value}.${digits}`) : value + Number(`0.${digits}`);
        end = k;
        integer = false;
        if (!hasBig) {
          let factor = 1;
          while (s[end] in BIG_UNIT && !isBlocked(o, end) && !isMegaPrefix(s, end)) factor *= BIG_UNIT[s[end++]];
          if (factor > 1) value = scale(value, factor);
        }
      }
    }
  }

  // A dozen: 一打, 五十打, 十打苹果.
  if (integer && !bare && s[end] === "打" && !isBlocked(o, end) && !VERB_AFTER_DA.has(s[end + 1])) {
    value *= 12;
    end++;
  }

  return result(i, end, value, {
    bare,
    twoDigits: first !== null && tokens === 1 && first.integer && first.digits === 2 && s.slice(i, end).length === 2,
    plainArabicInteger: first !== null && tokens === 1 && first.integer && end === first.end,
  });
}

/** 二〇二一 = 2021, 三八(折) = 38; 两两 is not a number; 二三十 and 三四万 are ranges. */
function readDigitRun(s: string, i: number, o: ReadOptions): NumberRead {
  let j = i;
  let digits = "";
  let two = false;
  while (isZhDigit(s[j]) && !isBlocked(o, j)) {
    if (TWO_LIKE.has(s[j])) two = true;
    digits += DIGIT[s[j++]];
  }
  if ((s[j] in SMALL_UNIT || s[j] in BIG_UNIT) && !isBlocked(o, j)) {
    const rest = readUnsigned(s, j - 1, o);
    return notANumber(i, Math.max(j, rest ? rest.end : j));
  }
  if (two) return notANumber(i, j);
  return result(i, j, Number(digits), { twoDigits: digits.length === 2 });
}

/** A numeral with an optional sign: -5, 负三十二, 負3. */
function readSigned(s: string, i: number, o: ReadOptions): NumberRead | null {
  const negative = s[i] === "-" || NEGATIVE_WORD.has(s[i]);
  if (negative && isBlocked(o, i)) return null;
  const r = readUnsigned(s, negative ? i + 1 : i, o);
  if (!r) return null;
  if (!r.ok) return { ...r, start: i };
  if (!negative) return r;
  return { ...r, start: i, value: -r.value, twoDigits: false, plainArabicInteger: false };
}

/** 分之 with spaces allowed around 分 and 之: returns the index after 之, or -1. */
function afterFenZhi(s: string, i: number, o: ReadOptions): number {
  const f = skipSpaces(s, i);
  if (s[f] !== "分" || isBlocked(o, f)) return -1;
  const z = skipSpaces(s, f + 1);
  if (s[z] !== "之" || isBlocked(o, z)) return -1;
  return skipSpaces(s, z + 1);
}

/** a/b with plain Arabic integers (a may be negative), not part of a date (2021/3/5). */
function readSlash(s: string, start: number, end: number, o: ReadOptions): { end: number; value: number } | null {
  if (s[end] !== "/" || s[start - 1] === "/" || !/^-?\d+$/.test(s.slice(start, end))) return null;
  const b = readUnsigned(s, end + 1, o);
  if (!b || !b.ok || !b.plainArabicInteger || s[b.end] === "/" || b.value === 0) return null;
  return { end: b.end, value: Number(s.slice(start, end)) / b.value };
}

/** The fraction after 又 or a space in a mixed number: 三分之一, 3分之1, 6/3. */
function readProperFraction(s: string, i: number, o: ReadOptions, slashOnly: boolean): { end: number; value: number } | null {
  const den = readUnsigned(s, i, o);
  if (!den || !den.ok) return null;
  const slash = den.plainArabicInteger ? readSlash(s, den.start, den.end, o) : null;
  if (slashOnly) return slash;
  if (slash) return slash;
  const n = afterFenZhi(s, den.end, o);
  if (n < 0 || den.value === 0) return null;
  const num = readUnsigned(s, n, o);
  if (!num || !num.ok) return null;
  return { end: num.end, value: num.value / den.value };
}

/**
 * One number at i in a folded string (see foldText): a numeral, or with
 * fractions on, 五分之一 = 0.2, 负3分之负157, 三百五又三分之一, 1 4/3, -3/2.
 * null when nothing numeric starts at i.
 */
export function readNumberAt(s: string, i: number, o: ReadOptions = {}): NumberRead | null {
  const a = readSigned(s, i, o);
  if (!a || !a.ok || o.fractions === false) return a;
  const negative = a.value < 0 || Object.is(a.value, -0);
  const magnitude = Math.abs(a.value);

  // 二十五分之一百四十四: denominator first.
  const n = afterFenZhi(s, a.end, o);
  if (n >= 0 && a.value !== 0 && !a.bare) {
    const num = readSigned(s, n, o);
    if (num && num.ok) return result(i, num.end, num.value / a.value, { fraction: true });
  }

  if (Number.isInteger(a.value) && !a.bare) {
    // 三百五又三分之一, 3又一千分之23, 负一又二分之一 = -1.5.
    const y = skipSpaces(s, a.end);
    if (s[y] === "又" && !isBlocked(o, y)) {
      const f = readProperFraction(s, skipSpaces(s, y + 1), o, false);
      if (f) return result(i, f.end, (negative ? -1 : 1) * (magnitude + f.value), { fraction: true });
    }
    // -3/2, 16/5
    const slash = readSlash(s, i, a.end, o);
    if (slash) return result(i, slash.end, slash.value, { fraction: true });
    // 1 4/3, ４ ６／３: a whole number, a space, a fraction.
    if (isSpace(s[a.end]) && /^-?\d+$/.test(s.slice(i, a.end))) {
      const f = readProperFraction(s, skipSpaces(s, a.end), o, true);
      if (f) return result(i, f.end, (negative ? -1 : 1) * (magnitude + f.value), { fraction: true });
    }
  }
  return a;
}

// ---------------------------------------------------------------------------
// Whole-string parsers (used by mentions.ts on the numerals its patterns find)

function parseWhole(s: string, fractions: boolean): number | null {
  if (s === "") return null;
  const r = readNumberAt(foldText(s), 0, { allowBare: true, fractions });
  if (!r || !r.ok || r.end !== s.length || Number.isNaN(r.value)) return null;
  return r.value;
}

/** Chinese numeral, possibly with 点 decimals and a trailing multiplier. */
export function parseChinese(s: string): number | null {
  if (/[0-9０-９]/.test(s)) return null;
  return parseWhole(s, false);
}

/** Any numeral this project reads: Arabic or Chinese, with 万/亿 suffixes. */
export function parseNumeral(s: string): number | null {
  return parseWhole(s, false);
}

/** 三分之一 → 33.33, 百分之八十 → 80 (percent, two decimals). */
export function parseFraction(s: string): number | null {
  const m = s.match(/^(.+?)分之(.+)$/);
  if (!m) return null;
  // (万分之3.96: parts of ten thousand, kept to the digits said; 三分之一 to two decimals.)
  const den = m[1] === "万" ? 10000 : parseNumeral(m[1]);
  const num = parseNumeral(m[2]);
  if (den === null || num === null || den === 0) return null;
  const places = den >= 10000 ? 1e6 : 100;
  return Math.round((num / den) * 100 * places) / places;
}
