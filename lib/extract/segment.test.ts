// textToParagraphs and paragraphToSentences on scraped-page shapes.

import { describe, expect, it } from "vitest";
import { paragraphToSentences, textToParagraphs } from "./segment";
import { extractText } from "./index";

describe("textToParagraphs", () => {
  it("makes each non-blank line a paragraph with its offsets, trimmed of full-width spaces", () => {
    const text = "\n\n　标题\n\n第一段。第二句！\n";
    const ps = textToParagraphs(text);
    expect(ps.map((p) => p.text)).toEqual(["标题", "第一段。第二句！"]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("marks a paragraph repeated verbatim, or as the tail of an earlier one, but not short headings", () => {
    // 000 repeats the end of a paragraph after a page break; headings such as 一、… recur legitimately.
    const long = "以扎实开展“我为群众办实事”实践活动和法官“七进”服务活动为契机,打造主题鲜明、氛围浓厚的法治文化阵地。";
    const ps = textToParagraphs(`四是加强普法宣传,${long}\n一、总则\n${long}\n一、总则\n${long.slice(10)}`);
    expect(ps.map((p) => p.repeatOf)).toEqual([null, null, 0, null, 0]);
  });

  it("marks a page's short title with a figure printed again as its headline, near the top only (b86)", () => {
    const title = "丛台区打掉11个黑恶犯罪集团团伙";
    expect(textToParagraphs(`${title}\n\n${title}\n2019-05-15 09:53 邯郸新闻网`).map((p) => p.repeatOf)).toEqual([null, 0, null]);
    // Must not: a short line with no figure, or one far down the page, stands again legitimately.
    expect(textToParagraphs("一、总则\n一、总则").map((p) => p.repeatOf)).toEqual([null, null]);
    expect(textToParagraphs(["甲", "乙", "丙", "丁", "戊", "己", "庚", "2023年主要数据", "2023年主要数据"].join("\n")).map((p) => p.repeatOf).at(-1)).toBeNull();
  });

  it("marks a 原标题 line that prints the headline above it again (d36), short or long", () => {
    const headline = "北京市法院去年新收案件83万件 多年来首次出现下降";
    expect(textToParagraphs(`${headline}\n原标题:${headline}\n新京报快讯(记者 王俊)去年法院工作取得哪些成绩?`).map((p) => p.repeatOf)).toEqual([null, 0, null]);
    expect(textToParagraphs("丛台区打掉11个团伙\n原标题：丛台区打掉11个团伙").map((p) => p.repeatOf)).toEqual([null, 0]);
    // Must not: a 原标题 line that is the page's only headline (603, c13) is its headline.
    expect(textToParagraphs("原标题:湖南省检察机关去年共办理各类案件19.4万件 48个案件入选全国典型案例\n1月16日,湖南省人民检察院检察长叶晓颖作报告。").map((p) => p.repeatOf)).toEqual([null, null]);
  });
});

describe("paragraphToSentences", () => {
  it("ends sentences at 。！？ with their closing quotes, and not at commas or semicolons", () => {
    const [p] = textToParagraphs("他说：“要稳字当头。”全市法院受理案件57876件,结案46407件；审判质效居全省前列。最后一句");
    expect(paragraphToSentences(p).map((s) => s.text)).toEqual([
      "他说：“要稳字当头。”",
      "全市法院受理案件57876件,结案46407件；审判质效居全省前列。",
      "最后一句",
    ]);
  });
});

describe("a headline block printed again after the byline (c23)", () => {
  it("marks the second print of a short title line with a figure as a repeat, far from the top too", () => {
    const text = "省十二届人大四次会议听取省高院工作报告\n去年全省法院案件\n审执结67万余件\n\n回顾2014\n\n第二段。\n\n第三段。\n\n记者 赵文静\n\n省十二届人大四次会议听取省高院工作报告\n\n审执结67万余件\n\n2014年,全省法院审执结67万余件。";
    const ps = textToParagraphs(text);
    expect(ps.filter((p) => p.repeatOf !== null).map((p) => p.text)).toEqual(["审执结67万余件"]);
  });
});

describe("a page's list of links to other articles (c41)", () => {
  it("marks the items after 相关新闻 as links, and nothing after the list ends", () => {
    const p = textToParagraphs("全区破案同比上升65.5%。\n相关新闻\n- 2021-12-30民勤警银合作劝阻一起电诈案\n- 2021-12-22庆阳西峰警方“百日攻坚” 擒获11名偷渡境外从事电诈嫌犯\n全年抓获209人。");
    expect(p.map((x) => !!x.link)).toEqual([false, true, true, true, false]);
  });
  it("gives a link's numbers to no figure", () => {
    const figures = extractText("安宁公安分局\n2021年,抓获嫌疑人209人。\n相关新闻\n- 2021-12-22庆阳西峰警方“百日攻坚” 擒获11名偷渡境外从事电诈嫌犯", { docDate: "2022-01-27" }).figures;
    expect(figures.map((f) => f.text)).toEqual(["209人"]);
  });
});
