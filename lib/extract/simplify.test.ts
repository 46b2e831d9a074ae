// A text in traditional characters is read through a simplified copy; what
// is shown and stored stays the source's.

import { describe, expect, it } from "vitest";
import { isTraditional, sourceOffsets, toSimplified, withoutPinyinNotes } from "./simplify";
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

  it("reads past the pinyin a mirror site put after characters, and gives every span in the source's offsets (942)", () => {
    const source = "23日,記者從省公安廳召開(kāi)的新聞發(fā)布會(huì)獲悉,全省刑事立案從24.1萬(wàn)起下降至15.8萬(wàn)起,破案率提升23.6個(gè)百分點(diǎn)。";
    const { text, notes } = withoutPinyinNotes(source);
    expect(text).not.toContain("(");
    const toSource = sourceOffsets(notes);
    expect(source.slice(toSource(text.indexOf("24.1")), toSource(text.indexOf("24.1") + "24.1萬起".length))).toBe("24.1萬(wàn)起");
    const doc = extractText(source, { docDate: "2022-05-23" });
    expect(doc.figures.map((f) => [f.text, f.unit, f.kind])).toEqual([
      ["24.1萬(wàn)起", "起", "cases"],
      ["15.8萬(wàn)起", "起", "cases"],
      ["23.6個(gè)百分點(diǎn)", "个百分点", "percent"],
    ]);
    for (const f of doc.figures) expect(source.slice(f.start, f.end)).toBe(f.text);
    expect(doc.paragraphs[0].text).toBe(source);
    // (APP) and (2022) are not notes.
    expect(withoutPinyinNotes("国家反诈中心(APP)注册(2022)").notes).toEqual([]);
  });
});
