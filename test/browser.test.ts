// The site in a real browser (Debian's chromium driven by playwright-core),
// against the production build, clicking what a person clicks. Screenshots
// of each page go to test-results/.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { ROOT, buildTestDatabase, sourceSlice, startNextServer } from "./helpers";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BUILT = existsSync(path.join(ROOT, ".next", "BUILD_ID"));
const reason = !existsSync(CHROMIUM) ? `skipped: no chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)` : !BUILT ? "skipped: no production build (npm run build)" : "";
const SHOTS = path.join(ROOT, "test-results");
const PORT = 3000 + 100 + Math.floor(Math.random() * 800);
const BASE = `http://127.0.0.1:${PORT}`;
const COURT_FIGURE = "004_9ad7854ab247dcce-2853-2859"; // 57876件, 全市法院受理案件

describe.skipIf(!!reason)(`the site in a browser${reason ? ` (${reason})` : ""}`, () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let db: Database.Database;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { dbFile } = await buildTestDatabase();
    db = new Database(dbFile, { readonly: true });
    server = await startNextServer(PORT, { FIGURES_DB: dbFile });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  it("walks from the overview's map to a province, an indicator's series over time, and a value's sentence", async () => {
    await page.goto(BASE + "/");
    await expect(page.getByTestId("data-summary").textContent()).resolves.toMatch(/\d+份文档/);
    // The map of the default indicator (审结案件): 江苏 reported a province-wide yearly value.
    const jiangsu = page.locator('[data-testid=china-map] a[data-code="320000"]');
    await expect(jiangsu.getAttribute("aria-label")).resolves.toMatch(/^江苏省 \d{4}年: [\d,]+件$/);
    await expect(page.locator("[data-testid=china-map] a[data-testid=map-province]").count()).resolves.toBe(34);
    await expect(page.getByTestId("source-line").first().textContent()).resolves.toContain("不是官方统计数据");
    await shot("overview");
    // Click 1: the province on the map, to its region page.
    await jiangsu.click();
    await page.waitForURL(/\/regions\/320000$/);
    // Click 2: an indicator the province reports, to the indicator's page.
    await page.locator('main a[href="/metrics/court.cases.concluded"]').first().click();
    await page.waitForURL(/\/metrics\/court\.cases\.concluded$/);
    // The series over time: one line per place with two or more yearly values.
    const series = page.getByTestId("time-series").first();
    await series.locator(".recharts-line").first().waitFor();
    await shot("metric-series");
    // Click 3: a value of the series, to its sentence.
    const link = series.getByTestId("series-value").first();
    const id = (await link.getAttribute("data-figure-id"))!;
    await link.click();
    const dialog = page.getByTestId("citation-dialog");
    await dialog.waitFor();
    await page.waitForURL(new RegExp(`/figures/${id}$`));
    const row = db.prepare("select f.text, f.metric, d.file_name, f.sentence_start, f.sentence_end from figures f join documents d on d.id = f.document_id where f.id = ?").get(id) as {
      text: string; metric: string; file_name: string; sentence_start: number; sentence_end: number;
    };
    const truth = { ...row, sentence: sourceSlice(row.file_name, row.sentence_start, row.sentence_end) }; // the source file's own text
    expect(truth.metric).toBe("court.cases.concluded");
    await expect(dialog.locator("[data-testid=citation-sentence] mark").textContent()).resolves.toBe(truth.text);
    await expect(dialog.getByTestId("citation-sentence").textContent()).resolves.toBe(truth.sentence);
    await shot("citation-dialog");
    await page.keyboard.press("Escape");
    await page.getByTestId("citation-dialog").waitFor({ state: "detached", timeout: 10_000 });
    await page.waitForURL(/\/metrics\/court\.cases\.concluded$/);
  });

  it("shows the map of another indicator on request, and says so when one is unknown", async () => {
    await page.goto(`${BASE}/?map=procuratorate.arrests.approved`);
    await expect(page.locator("#map-title").textContent()).resolves.toContain("批准和决定逮捕");
    const res = await page.goto(`${BASE}/?map=no.such.indicator`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("main [role=status]").textContent()).resolves.toContain("没有这个指标");
  });

  it("names national bodies' figures 全国 and filters them by the national code", async () => {
    await page.goto(BASE + "/");
    await expect(page.getByTestId("map-table").locator("tbody tr").first().textContent()).resolves.toContain("全国");
    await page.goto(`${BASE}/figures?region=000000`);
    const n = (db.prepare("select count(*) n from figures where region_code = '000000'").get() as { n: number }).n;
    await expect(page.getByTestId("figures-summary").textContent()).resolves.toContain(String(n));
  });

  it("opens a figure's permalink directly as a full page with a citation to copy", async () => {
    const res = await page.goto(`${BASE}/figures/${COURT_FIGURE}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("[data-testid=citation-sentence] mark").textContent()).resolves.toBe("57876件");
    await expect(page.getByTestId("cite-en").textContent()).resolves.toContain(`/figures/${COURT_FIGURE}`);
    await expect(page.getByTestId("citation-verified").textContent()).resolves.toContain("已核验");
    await shot("figure-permalink");
    expect((await page.goto(`${BASE}/figures/no-such-figure`))?.status()).toBe(404);
  });

  it("shows the same citation from a highlight in the document reader", async () => {
    await page.goto(`${BASE}/documents/004_9ad7854ab247dcce`);
    await shot("document-reader");
    await page.locator(`main a[href="/figures/${COURT_FIGURE}"]`).first().click();
    const dialog = page.getByTestId("citation-dialog");
    await dialog.waitFor();
    await expect(dialog.locator("[data-testid=citation-sentence] mark").textContent()).resolves.toBe("57876件");
  });

  it("drills from a province to its prefecture on the region page, and opens a figure from it", async () => {
    await page.goto(`${BASE}/regions/130000`);
    await shot("region-hebei");
    await page.locator('main a[href="/regions/131100"]').first().click();
    await page.waitForURL(/\/regions\/131100$/);
    await page.locator('main a[href^="/figures/004_"]').first().click();
    await page.getByTestId("citation-dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.waitForURL(/\/regions\/131100$/);
  });

  it("compares one indicator across places, each bar's row linked to its source", async () => {
    const res = await page.goto(`${BASE}/metrics/court.cases.accepted`);
    expect(res?.status()).toBe(200);
    await page.locator("main .recharts-bar-rectangle").first().waitFor();
    await shot("metric-court-cases-accepted");
    // Every value on the page is a figure of this indicator.
    const ids = await page.locator("#by-region ~ * a[href^='/figures/'], section:has(#by-region) a[href^='/figures/'], [data-testid=recent-figures] a[href^='/figures/']").evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute("href")!.slice("/figures/".length))));
    expect(ids.length).toBeGreaterThan(3);
    const metricOf = db.prepare("select metric from figures where id = ?").pluck();
    expect(new Set(ids.filter((i) => !i.includes("?")).map((i) => metricOf.get(i)))).toEqual(new Set(["court.cases.accepted"]));
    expect((await page.goto(`${BASE}/metrics/no.such.metric`))?.status()).toBe(404);
    // A full key with a case type and a statistic is a page of its own, named in words.
    const change = await page.goto(`${BASE}/metrics/${encodeURIComponent("procuratorate.arrests.approved@yoy_pct")}`);
    expect(change?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toContain("批准和决定逮捕");
    await expect(page.locator("h1").textContent()).resolves.toContain("同比增减%");
  });

  it("lists documents, indicators and regions on their index pages, bounded", async () => {
    await page.goto(`${BASE}/documents`);
    const docs = (db.prepare("select count(*) n from documents").get() as { n: number }).n;
    await expect(page.getByTestId("document-link").count()).resolves.toBe(Math.min(50, docs));
    await page.goto(`${BASE}/metrics`);
    const indicators = (db.prepare("select count(distinct indicator) n from figures where indicator <> 'other'").get() as { n: number }).n;
    await expect(page.getByTestId("indicator-link").count()).resolves.toBe(indicators);
    await page.goto(`${BASE}/regions`);
    await expect(page.getByTestId("region-tree").locator('a[href="/regions/130000"]').count()).resolves.toBe(1);
  });

  it("switches to English and keeps the choice", async () => {
    await page.goto(`${BASE}/figures`);
    await page.getByTestId("language-switch").click();
    await page.getByRole("link", { name: "Overview" }).waitFor();
    await page.goto(`${BASE}/figures?institution=court`);
    await expect(page.locator("thead").textContent()).resolves.toContain("What is counted");
    await expect(page.locator("tbody").textContent()).resolves.toContain("Hebei");
    await shot("explore-english");
    await page.getByTestId("language-switch").click();
    await page.getByRole("link", { name: "总览" }).waitFor();
  });

  it("explains a bad filter value instead of failing, and says why a view is empty", async () => {
    const res = await page.goto(`${BASE}/figures?kind=bogus&q=不存在的词语`);
    expect(res?.status()).toBe(200);
    await expect(page.getByTestId("param-error").textContent()).resolves.toContain("kind");
    await expect(page.getByTestId("empty").textContent()).resolves.toContain("没有符合条件的数字");
    await shot("explore-empty");
  });

  it("shows the codebook of every field on the data page", async () => {
    await page.goto(`${BASE}/data`);
    await expect(page.getByTestId("codebook").locator("tbody tr").count()).resolves.toBeGreaterThan(20);
    // Every format listed answers.
    for (const href of await page.getByTestId("formats").locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect((await fetch(BASE + href)).status, href!).toBe(200);
    }
    await shot("data");
  });

  it("downloads exactly the rows of a filtered view as CSV", async () => {
    await page.goto(`${BASE}/figures?institution=procuratorate&sort=value&dir=desc`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=downloads] a[data-format=csv]").click()]);
    const rows = parse(readFileSync((await download.path())!), { bom: true, columns: true }) as { id: string }[];
    const expected = db.prepare("select id from figures where institution = 'procuratorate' order by value desc, id").pluck().all();
    expect(rows.map((r) => r.id)).toEqual(expected);
  });

  it("filters by a Chinese substring and sorts by value", async () => {
    await page.goto(`${BASE}/figures?q=${encodeURIComponent("受理")}&sort=value&dir=desc`);
    const values = await page.locator("tbody tr td:first-child").allTextContents();
    expect(values.length).toBeGreaterThan(2);
    const numbers = values.map((v) => Number(v.replace(/[^\d.]/g, "")));
    expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
  });
  const PAGES = ["/", "/metrics", "/metrics/court.cases.concluded", "/regions", "/regions/130000", "/documents", `/documents/004_9ad7854ab247dcce`, "/figures", `/figures/${COURT_FIGURE}`, "/data"];

  it("never scrolls sideways, at 390 px or at 1280 px, and gives every page its own title", async () => {
    const titles = new Set<string>();
    for (const width of [390, 1280]) {
      const ctx = await browser.newContext({ viewport: { width, height: 800 } });
      const p = await ctx.newPage();
      for (const path of PAGES) {
        await p.goto(BASE + path);
        const [scroll, inner] = await p.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(scroll, `${path} at ${width} px`).toBeLessThanOrEqual(inner);
        titles.add(await p.title());
      }
      await ctx.close();
    }
    expect(titles.size).toBe(PAGES.length);
  });

  it("keeps an untitled document's file name and source line on a 390 px screen, in English", async () => {
    // 942 has no title: its file name is the heading, and neither it nor the address has a break point.
    const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await ctx.addCookies([{ name: "lang", value: "en", url: BASE }]);
    const p = await ctx.newPage();
    await p.goto(BASE + "/documents/942_fujian_police_2017_2021");
    const overflowing = await p.evaluate(() =>
      [...document.querySelectorAll("header h1, header dd")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 || e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent?.slice(0, 40)),
    );
    expect(overflowing).toEqual([]);
    await ctx.close();
  });

  it("keeps the documents index's titles readable on a 390 px screen, the date and reporting body under each title, the link on the screen", async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const p = await ctx.newPage();
    await p.goto(BASE + "/documents");
    const widths = await p.locator("[data-testid=documents-table] tbody tr td:first-child").evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(150);
    // The date and body columns are hidden on a phone, and the same words stand under the title.
    const under = p.locator("[data-testid=document-under-title]").first();
    await expect(under.isVisible()).resolves.toBe(true);
    await expect(under.textContent()).resolves.toMatch(/^(\d{4}(-\d{2}){0,2}|—).*·.*(法院|检察院|公安|司法|政法委)/);
    // The link to the original is within the 390 px, not behind a sideways scroll.
    const right = await p.locator("[data-testid=documents-table] tbody tr td:last-child").evaluateAll((cells) => Math.max(...cells.map((c) => c.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(390);
    await ctx.close();
  });

  it("shows the English overview in English, the language switch named by its label", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addCookies([{ name: "lang", value: "en", url: BASE }]);
    const p = await ctx.newPage();
    await p.goto(BASE + "/");
    // Source quotes stay Chinese, but the overview quotes none: no Chinese in its interface.
    const text = await p.locator("main").innerText();
    expect(text.match(/[\u4e00-\u9fff]+/g) ?? []).toEqual([]);
    await expect(p.locator("main").getAttribute("lang")).resolves.toBeNull();
    await p.getByRole("button", { name: "中文" }).waitFor();
    await p.screenshot({ path: path.join(SHOTS, "overview-en.png"), fullPage: true });
    await ctx.close();
  });

  it("keeps the overview's first-load JavaScript within 200 kB compressed, and has a favicon", async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(BASE + "/", { waitUntil: "load" });
    const bytes = await p.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script")
        .reduce((a, e) => a + (e as PerformanceResourceTiming).encodedBodySize, 0),
    );
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThanOrEqual(200 * 1024);
    await ctx.close();
    expect((await fetch(`${BASE}/favicon.ico`)).status).toBe(200);
  });
});
