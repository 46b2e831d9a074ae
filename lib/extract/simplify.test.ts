// A text in traditional characters is read through a simplified copy; what
// is shown and stored stays the source's.

import { describe, expect, it } from "vitest";
import { isTraditional, toSimplified } from "./simplify";
import { extractText } from "./index";

// The opening of a 黔东南 政法委 report as a mirror site stored it (test/fixtures/reporter/texts/r34.txt).
const TRADITIONAL = "據黔東南政府網消息 在11月25日舉行的州綜治維穩涉法涉訴信訪和政法工作匯報會上,考核檢查組聽取了我州2010年度全州綜治、維穩工作情況的匯報。\n今年以來,全州法院審結各類案件12000件,人民群眾滿意度達95.2%。";

describe("traditional characters", () => {
  it("tells a traditional text from a simplified one that quotes a few traditional characters", () => {
    expect(isTraditional(TRADITIONAL)).toBe(true);
    expect(isTraditional("今年以来,全州法院审结各类案件12000件,乾坤朗朗,著力提升。")).toBe(false);
    expect(toSimplified("審結各類案件")).toBe("审结各类案件");
    expect(toSimplified(TRADITIONAL)).toHaveLength(TRADITIONAL.length);
  });

  it("reads the figures of a traditional text and keeps the source's characters in what it shows", () => {
    const doc = extractText(TRADITIONAL, { docDate: "2010-11-26" });
    expect(doc.figures.map((f) => [f.text, f.metric, f.city])).toEqual([
      ["12000件", "court.cases.concluded", "黔东南苗族侗族自治州"],
      ["95.2%", "plac.satisfaction", "黔东南苗族侗族自治州"],
    ]);
    expect(doc.paragraphs[1].text).toBe("今年以來,全州法院審結各類案件12000件,人民群眾滿意度達95.2%。");
    for (const f of doc.figures) expect(TRADITIONAL.slice(f.start, f.end)).toBe(f.text);
    expect(doc.figures[0].suffix).toContain("人民群眾");
  });
});
