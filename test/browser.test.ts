// The site in a real browser (Debian's chromium driven by playwright-core),
// against the production build, clicking what a person clicks. Screenshots
// of each page go to test-results/.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { ROOT, buildTestDatabase } from "./helpers";

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
    const { dbFile } = buildTestDatabase();
    db = new Database(dbFile, { readonly: true });
    server = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...process.env, FIGURES_DB: dbFile, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(BASE)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
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

  it("reaches the source sentence of a court figure from the overview in two clicks", async () => {
    await page.goto(BASE + "/");
    await expect(page.getByTestId("stat-figures").textContent()).resolves.toMatch(/^\d+$/);
    // Every document lists how many figures it holds, none of them zero for this corpus.
    await expect(page.locator("main section ul li").allTextContents()).resolves.not.toContainEqual(expect.stringContaining(" 0 条数字"));
    await page.locator("[data-testid=region-chart] .recharts-bar-rectangle").first().waitFor();
    await shot("overview");
    // Click 1: 河北省's bar (bars and table rows share one order).
    const rows = await page.locator("main table").first().locator("tbody tr td:first-child").allTextContents();
    const hebei = rows.findIndex((r) => r.startsWith("河北省"));
    expect(hebei).toBeGreaterThanOrEqual(0);
    await page.locator("[data-testid=region-chart] .recharts-bar-rectangle").nth(hebei).click();
    await page.waitForURL(/\/figures\?region=130000/);
    await expect(page.getByTestId("figures-summary").textContent()).resolves.toMatch(/\d+/);
    await shot("explore-hebei");
    // Click 2: the first court figure in the table.
    const link = page.locator("tbody tr", { hasText: "法院" }).first().locator("a[data-figure-id]");
    const id = (await link.getAttribute("data-figure-id"))!;
    await link.click();
    const dialog = page.getByTestId("citation-dialog");
    await dialog.waitFor();
    await page.waitForURL(new RegExp(`/figures/${id}$`));
    // What the dialog marks is exactly the figure's characters, inside its own sentence.
    const truth = db.prepare("select f.text, s.text as sentence from figures f join sentences s on s.id = f.sentence_id where f.id = ?").get(id) as { text: string; sentence: string };
    await expect(dialog.locator("[data-testid=citation-sentence] mark").textContent()).resolves.toBe(truth.text);
    await expect(dialog.getByTestId("citation-sentence").textContent()).resolves.toBe(truth.sentence);
    await shot("citation-dialog");
  });

  it("closes the dialog with Escape and returns to the list", async () => {
    await page.keyboard.press("Escape");
    await page.waitForURL(/\/figures\?region=130000$/);
    // The list re-renders after the URL changes: wait for the dialog to go, then check it is gone.
    await page.getByTestId("citation-dialog").waitFor({ state: "detached", timeout: 10_000 });
    await expect(page.getByTestId("citation-dialog").count()).resolves.toBe(0);
    // Focus is back on the number that opened the dialog.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-figure-id"))).resolves.toMatch(/^004_/);
  });

  it("names national bodies' figures 全国 and filters them by the national code", async () => {
    await page.goto(BASE + "/");
    const rows = await page.locator("main table").first().locator("tbody tr td:first-child").allTextContents();
    expect(rows.some((r) => r.startsWith("全国"))).toBe(true);
    expect(rows.some((r) => r.startsWith("未知"))).toBe(false);
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

  it("compares one metric across regions and periods, each bar's row linked to its source", async () => {
    const res = await page.goto(`${BASE}/metrics/court.cases.accepted`);
    expect(res?.status()).toBe(200);
    await page.locator("main .recharts-bar-rectangle").first().waitFor();
    await shot("metric-court-cases-accepted");
    await expect(page.locator(`main a[href="/figures/${COURT_FIGURE}"]`).count()).resolves.toBeGreaterThan(0);
    expect((await page.goto(`${BASE}/metrics/no.such.metric`))?.status()).toBe(404);
    // A full key with a case type and a statistic is a page of its own, named in words.
    const change = await page.goto(`${BASE}/metrics/${encodeURIComponent("procuratorate.arrests.approved@yoy_pct")}`);
    expect(change?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toContain("批准和决定逮捕");
    await expect(page.locator("h1").textContent()).resolves.toContain("同比增减%");
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
});
