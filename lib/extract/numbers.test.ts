// The numeral layer: numbers.ts (parsers and the reader) and recognize.ts
// (every number mention in a text). Unit tests first, one describe per
// function, then property tests: any integer or decimal, written in Arabic
// or in Chinese numerals, with or without 万/亿, reads back to itself.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MULTIPLIER, foldText, foldWidth, isNumeralChar, parseArabic, parseChinese, parseFraction, parseNumeral, readNumberAt, scale,
} from "./numbers";
import { recognizeNumbers } from "./recognize";

describe("foldWidth", () => {
  it("turns full-width digits, point, comma and colon into ASCII one for one", () => {
    expect(foldWidth("１２，３４５．６７：８")).toBe("12,345.67:8");
  });

  it("leaves every other character alone", () => {
    expect(foldWidth("受理案件％")).toBe("受理案件％");
  });
});

describe("foldText", () => {
  it("folds every full-width ASCII form, the ideographic space and the minus sign", () => {
    expect(foldText("－１２２％　Ｋ／５\u2212")).toBe("-122% K/5-");
  });

  it("keeps the length, so offsets into the folded text are offsets into the original", () => {
    const s = "共计１，２３４件，占　５．５％";
    expect(foldText(s).length).toBe(s.length);
  });
});

describe("scale", () => {
  it("multiplies without binary noise", () => {
    expect(scale(47.3, 1e8)).toBe(4730000000);
    expect(scale(1.7, 1e4)).toBe(17000);
    expect(scale(4.78, 1e12)).toBe(4780000000000);
  });
});

describe("MULTIPLIER", () => {
  it("maps the simplified and traditional multipliers to their values", () => {
    expect([MULTIPLIER["万"], MULTIPLIER["亿"], MULTIPLIER["万亿"], MULTIPLIER["萬"], MULTIPLIER["億"]]).toEqual([1e4, 1e8, 1e12, 1e4, 1e8]);
  });
});

describe("isNumeralChar", () => {
  it("knows digits, numeral characters and units, and nothing else", () => {
    expect([..."5五伍十万億"].every(isNumeralChar)).toBe(true);
    expect([..."个年点分之".split("")].some(isNumeralChar)).toBe(false);
  });
});

describe("parseArabic", () => {
  it("reads integers, decimals and thousands separators in either width", () => {
    expect(parseArabic("57876")).toBe(57876);
    expect(parseArabic("1,234,567")).toBe(1234567);
    expect(parseArabic("６６．８")).toBe(66.8);
  });

  it("refuses anything that is not a plain Arabic numeral", () => {
    expect(parseArabic("12万")).toBeNull();
    expect(parseArabic("三")).toBeNull();
  });
});

describe("parseChinese", () => {
  it("reads the forms the mention patterns have always passed it", () => {
    expect(parseChinese("三千二百")).toBe(3200);
    expect(parseChinese("两万零五")).toBe(20005);
    expect(parseChinese("四十七点三亿")).toBe(4730000000);
    expect(parseChinese("二〇二一")).toBe(2021);
    expect(parseChinese("千")).toBe(1000);
    expect(parseChinese("十五")).toBe(15);
  });

  it("counts a last digit after a unit in the unit below it", () => {
    expect(parseChinese("九万四")).toBe(94000);
    expect(parseChinese("一千三")).toBe(1300);
    expect(parseChinese("两千四百五")).toBe(2450);
    expect(parseChinese("百三")).toBe(130);
    expect(parseChinese("一千零三")).toBe(1003);
  });

  it("reads financial and traditional numerals", () => {
    expect(parseChinese("肆佰陸拾")).toBe(460);
    expect(parseChinese("壹仟兩百貳拾贰")).toBe(1222);
    expect(parseChinese("拾萬零五十六")).toBe(100056);
    expect(parseChinese("四億五千六百四十二萬零壹十五")).toBe(456420015);
  });

  it("applies 万, 亿, 万亿 and 兆 to the groups before them", () => {
    expect(parseChinese("一万五千亿")).toBe(1.5e12);
    expect(parseChinese("四十五亿四千零四万")).toBe(4540040000);
    expect(parseChinese("四万万")).toBe(4e8);
    expect(parseChinese("二十一万亿")).toBe(2.1e13);
    expect(parseChinese("五兆六十二亿四万五千二")).toBe(5006200045200);
  });

  it("reads negatives and decimals after a multiplier", () => {
    expect(parseChinese("负三十二")).toBe(-32);
    expect(parseChinese("負四十五億零四百零四萬")).toBe(-4504040000);
    expect(parseChinese("两千万点五五四四")).toBe(20000000.5544);
  });

  it("refuses Arabic digits, ranges and words that are not numerals", () => {
    expect(parseChinese("3万")).toBeNull();
    expect(parseChinese("二三十")).toBeNull();
    expect(parseChinese("两两")).toBeNull();
    expect(parseChinese("万")).toBeNull();
    expect(parseChinese("")).toBeNull();
  });
});

describe("parseNumeral", () => {
  it("reads Arabic numerals with 万, 亿 and 万亿", () => {
    expect(parseNumeral("47.3亿")).toBe(4730000000);
    expect(parseNumeral("1.7万")).toBe(17000);
    expect(parseNumeral("8.3万亿")).toBe(8.3e12);
    expect(parseNumeral("１，２３４")).toBe(1234);
  });

  it("reads Arabic and Chinese mixed in one numeral", () => {
    expect(parseNumeral("3万4000")).toBe(34000);
    expect(parseNumeral("5亿1万4千6百")).toBe(500014600);
    expect(parseNumeral("1千零20")).toBe(1020);
  });

  it("reads signs, exponents and k/M suffixes", () => {
    expect(parseNumeral("-10000")).toBe(-10000);
    expect(parseNumeral("12.32e+14")).toBe(1.232e15);
    expect(parseNumeral("2^-1")).toBe(0.5);
    expect(parseNumeral("40k")).toBe(40000);
  });

  it("reads spaces between the parts of a Chinese numeral", () => {
    expect(parseNumeral("一百 五 十 二")).toBe(152);
    expect(parseNumeral("7万 5千 4百")).toBe(75400);
  });

  it("refuses a numeral followed by anything else", () => {
    expect(parseNumeral("12件")).toBeNull();
    expect(parseNumeral("三分之一")).toBeNull();
  });
});

describe("parseFraction", () => {
  it("gives a fraction in percent, rounded to two decimals", () => {
    expect(parseFraction("三分之一")).toBe(33.33);
    expect(parseFraction("百分之八十")).toBe(80);
    expect(parseFraction("千分之五")).toBe(0.5);
  });

  it("refuses what is not a fraction", () => {
    expect(parseFraction("三十")).toBeNull();
    expect(parseFraction("零分之一")).toBeNull();
  });
});

describe("readNumberAt", () => {
  const read = (s: string, i = 0) => {
    const r = readNumberAt(foldText(s), i);
    return r && { end: r.end, value: r.value, ok: r.ok };
  };

  it("says where the number ends and leaves trailing spaces out", () => {
    expect(read("三千 九百 六十五 件")).toEqual({ end: 9, value: 3965, ok: true });
  });

  it("reads fractions and mixed numbers as one number", () => {
    expect(read("五分之一")?.value).toBe(0.2);
    expect(read("负３分之负一百五十七")?.value).toBeCloseTo(52.3333333, 6);
    expect(read("三百 五又三分之一")?.value).toBeCloseTo(350.3333333, 6);
    expect(read("1 4/3")?.value).toBeCloseTo(2.3333333, 6);
  });

  it("marks a range such as 二三十 as consumed but not a number", () => {
    expect(read("二三十个")).toEqual({ end: 3, value: NaN, ok: false });
  });

  it("returns null where no number starts", () => {
    expect(read("万")).toBeNull();
    expect(read("件")).toBeNull();
  });
});

describe("recognizeNumbers", () => {
  const seen = (s: string) => recognizeNumbers(s).map((m) => [m.text, m.value, m.kind]);

  it("finds every number with UTF-16 offsets, end exclusive, and the exact slice", () => {
    const text = "全市法院受理案件５７８７６件，结案四万六千四百零七件";
    const found = recognizeNumbers(text);
    expect(found).toEqual([
      { text: "５７８７６", start: 8, end: 13, value: 57876, kind: "number" },
      { text: "四万六千四百零七", start: 17, end: 25, value: 46407, kind: "number" },
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("finds single numerals in ordinary sentences", () => {
    expect(seen("一只")).toEqual([["一", 1, "number"]]);
    expect(seen("答案是四不是五")).toEqual([["四", 4, "number"], ["五", 5, "number"]]);
  });

  it("reads percentages in all their written forms, in percent", () => {
    expect(seen("百分之八十")).toEqual([["百分之八十", 80, "percentage"]]);
    expect(seen("32.5%")).toEqual([["32.5%", 32.5, "percentage"]]);
    expect(seen("千分之２．４")).toEqual([["千分之２．４", 0.24, "percentage"]]);
    expect(seen("上升3个百分点")).toEqual([["3个百分点", 3, "percentage"]]);
    expect(seen("九成")).toEqual([["九成", 90, "percentage"]]);
    expect(seen("陆 点 五 折")).toEqual([["陆 点 五 折", 65, "percentage"]]);
    expect(seen("打对折")).toEqual([["对折", 50, "percentage"]]);
  });

  it("leaves words that merely contain a numeral character", () => {
    expect(seen("一切")).toEqual([]);
    expect(seen("岛屿远离陆地")).toEqual([]);
    expect(seen("我家在四川")).toEqual([]);
    expect(seen("万万")).toEqual([]);
    expect(seen("对折")).toEqual([]);
  });

  it("still reads a number where an ambiguous word's first character continues it", () => {
    expect(seen("三万一千")).toEqual([["三万一千", 31000, "number"]]);
  });

  it("reports no value for an approximate range", () => {
    expect(seen("十二三岁")).toEqual([]);
    expect(seen("百分之二三十")).toEqual([]);
  });

  it("reads numbers inside quotes", () => {
    expect(seen("“一”和“五”")).toEqual([["一", 1, "number"], ["五", 5, "number"]]);
  });

  it("keeps numbers inside a URL out", () => {
    expect(seen("见 https://example.com/a?q=30%25 第3页")).toEqual([["3", 3, "number"]]);
  });

  it("runs in linear time on long runs of numeral-like characters", () => {
    const long = ["一 ".repeat(50_000), "百 分 之 ".repeat(20_000), "1,".repeat(50_000), "二三".repeat(50_000), "-".repeat(100_000) + "5"];
    const t = performance.now();
    for (const s of long) recognizeNumbers(s);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

// ---------------------------------------------------------------------------
// Property tests

const ZH = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const FINANCIAL = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];

interface Style {
  digits: string[];
  ten: string;
  hundred: string;
  thousand: string;
  wan: string;
  yi: string;
}
const SIMPLIFIED: Style = { digits: ZH, ten: "十", hundred: "百", thousand: "千", wan: "万", yi: "亿" };
const FINANCE: Style = { digits: FINANCIAL, ten: "拾", hundred: "佰", thousand: "仟", wan: "萬", yi: "億" };

/** 0 ≤ n < 10^4 as Chinese: 120 → 一百二十, 1005 → 一千零五; 十五 at the very front. */
function group(n: number, st: Style, front: boolean): string {
  const units = [st.thousand, st.hundred, st.ten, ""];
  const ds = String(n).padStart(4, "0").split("").map(Number);
  let out = "";
  let zero = false;
  for (let k = 0; k < 4; k++) {
    if (ds[k] === 0) {
      if (out !== "") zero = true;
      continue;
    }
    if (zero) out += st.digits[0];
    zero = false;
    out += front && out === "" && k === 2 && ds[k] === 1 ? st.ten : st.digits[ds[k]] + units[k];
  }
  return out;
}

/** A test-only formatter: 10005 → 一万零五, 120 → 一百二十, 10^12 → 一万亿. */
function toChinese(n: number, st: Style = SIMPLIFIED): string {
  if (n === 0) return st.digits[0];
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = "";
  if (yi > 0) out += toChinese(yi, st) + st.yi;
  if (wan > 0) out += (out !== "" && wan < 1000 ? st.digits[0] : "") + group(wan, st, out === "") + st.wan;
  if (rest > 0) out += (out !== "" && (rest < 1000 || wan === 0) ? st.digits[0] : "") + group(rest, st, out === "");
  return out;
}

/** x with at most four decimals, as Chinese: 47.3 → 四十七点三. */
function decimalToChinese(int: number, decimals: string, st: Style = SIMPLIFIED): string {
  return toChinese(int, st) + (decimals ? "点" + [...decimals].map((d) => st.digits[Number(d)]).join("") : "");
}

const withSeparators = (n: number) => n.toLocaleString("en-US");
const fullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const integer = fc.bigInt({ min: 0n, max: 10n ** 12n }).map(Number);
const decimals = fc.stringMatching(/^[0-9]{0,3}[1-9]$/).chain((d) => fc.constantFrom(d, ""));
const style = fc.constantFrom(SIMPLIFIED, FINANCE);
const multiplier = fc.constantFrom("万", "亿", "万亿");
const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

describe("parseNumeral (property)", () => {
  it("reads any integer up to 10^12 written in Arabic digits back to itself", () => {
    fc.assert(fc.property(integer, fc.constantFrom(String, withSeparators, (n: number) => fullWidth(withSeparators(n))), (n, write) => {
      expect(parseNumeral(write(n))).toBe(n);
    }));
  });

  it("reads any integer up to 10^12 written in Chinese numerals back to itself", () => {
    fc.assert(fc.property(integer, style, (n, st) => {
      expect(parseNumeral(toChinese(n, st))).toBe(n);
    }));
  });

  it("reads any decimal with up to four places back to itself, in Arabic and in Chinese", () => {
    fc.assert(fc.property(integer, decimals, (n, d) => {
      const x = Number(d ? `${n}.${d}` : `${n}`);
      expect(parseNumeral(d ? `${n}.${d}` : `${n}`)).toBe(x);
      expect(parseNumeral(decimalToChinese(n, d))).toBe(x);
    }));
  });

  it("reads any Arabic decimal followed by 万, 亿 or 万亿 as the product", () => {
    fc.assert(fc.property(integer, decimals, multiplier, (n, d, m) => {
      const s = d ? `${n}.${d}` : `${n}`;
      expect(close(parseNumeral(s + m), Number(s) * MULTIPLIER[m])).toBe(true);
    }));
  });

  it("reads any Chinese numeral below 10^4, with decimals, followed by 万, 亿 or 万亿 as the product", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), decimals, multiplier, (n, d, m) => {
      const x = Number(d ? `${n}.${d}` : `${n}`);
      expect(close(parseNumeral(decimalToChinese(n, d) + m), x * MULTIPLIER[m])).toBe(true);
    }));
  });

  it("reads a negative sign in front of any numeral", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), fc.constantFrom("负", "負", "-"), (n, sign) => {
      expect(parseNumeral(sign + (sign === "-" ? String(n) : toChinese(n)))).toBe(-n);
    }));
  });
});

describe("recognizeNumbers (property)", () => {
  it("finds a number written between two words as one mention with its value", () => {
    fc.assert(fc.property(integer, decimals, fc.boolean(), (n, d, chinese) => {
      const written = chinese ? decimalToChinese(n, d) : d ? `${n}.${d}` : `${n}`;
      const text = `受理案件${written}件`;
      expect(recognizeNumbers(text)).toEqual([
        { text: written, start: 4, end: 4 + written.length, value: Number(d ? `${n}.${d}` : `${n}`), kind: "number" },
      ]);
    }));
  });

  it("returns sorted, non-overlapping mentions whose text is the exact slice, on any text", () => {
    const pool = [..."0123456789.,-%/ 一二两三四五六七八九十百千万亿零点分之又负成折个百分点打对半余多件人年的，。陆肆拾伍"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
      let last = 0;
      for (const m of recognizeNumbers(text)) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(Number.isFinite(m.value)).toBe(true);
        last = m.end;
      }
    }), { numRuns: 2000 });
  });
});
