// The ingest on the real corpus files: what a user gets from command 1.

import { describe, expect, it, beforeAll } from "vitest";
import Database from "better-sqlite3";
import { parseFilters } from "@/lib/filters";
import { copyFileSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import { CORPUS, GOLD, ROOT, SOURCES, buildTestDatabase, tempDir } from "./helpers";
import { ingestCorpus } from "@/lib/ingest/ingest";
import { trigramQuery } from "@/lib/queries/figures";

const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
const sources = JSON.parse(readFileSync(SOURCES, "utf8")).documents as Record<
  string,
  { headlines?: { author: string | null; authorTitle: string | null }[] }
>;

describe("ingest of data/corpus", () => {
  let db: Database.Database;
  beforeAll(async () => {
    const built = await buildTestDatabase();
    expect(built.report.skipped).toEqual([]);
    db = new Database(built.dbFile, { readonly: true });
  });

  it("stores every corpus file as a document", () => {
    const ids = db.prepare("select file_name from documents order by id").pluck().all();
    expect(ids).toEqual(corpusFiles);
  });

  it("finds every bylined article of a multi-article page as a section", () => {
    for (const file of corpusFiles.filter((f) => (sources[f]?.headlines?.length ?? 0) > 1)) {
      const rows = db.prepare("select s.author, s.author_title from sections s join documents d on d.id = s.document_id where d.file_name = ?").all(file) as { author: string | null; author_title: string | null }[];
      for (const h of sources[file]?.headlines ?? []) {
        if (h.author) expect(rows.map((r) => r.author), `${file}: ${h.author}`).toContain(h.author);
        else if (h.authorTitle && /^[\u4e00-\u9fa5]+$/.test(h.authorTitle)) expect(rows.map((r) => r.author_title), `${file}: ${h.authorTitle}`).toContain(h.authorTitle);
      }
    }
  });

  it("extracts figures from every document", () => {
    const counts = db.prepare("select document_id, count(*) n from figures group by document_id").all() as { document_id: string; n: number }[];
    expect(counts.map((c) => c.document_id).sort()).toEqual(corpusFiles.map((f) => f.replace(/\.txt$/, "")));
  });

  it("counts the figures of each province, institution, kind, metric and verified in facet_counts", () => {
    const cube = db.prepare("select province, institution, kind, metric, verified, n from facet_counts order by 1, 2, 3, 4, 5").all();
    const want = db
      .prepare("select substr(region_code, 1, 2) || '0000' province, institution, kind, metric, verified, count(*) n from figures group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5")
      .all();
    expect(cube.length).toBeGreaterThan(100);
    expect(cube).toEqual(want);
  });

  it("grounds every figure: its text is the source's code points at [start, end)", () => {
    const figures = db.prepare("select f.text, f.start, f.end, f.prefix, f.suffix, d.file_name from figures f join documents d on d.id = f.document_id").all() as {
      text: string; start: number; end: number; prefix: string; suffix: string; file_name: string;
    }[];
    expect(figures.length).toBeGreaterThan(100);
    const sourceCodePoints = new Map(corpusFiles.map((f) => [f, Array.from(readFileSync(path.join(CORPUS, f), "utf8").replace(/^\uFEFF/, ""))]));
    for (const f of figures) {
      const cps = sourceCodePoints.get(f.file_name)!;
      expect(cps.slice(f.start, f.end).join(""), `${f.file_name}@${f.start}`).toBe(f.text);
      expect(cps.slice(Math.max(0, f.start - 32), f.start).join("")).toBe(f.prefix);
      expect(cps.slice(f.end, f.end + 32).join("")).toBe(f.suffix);
    }
  });

  it("stores the consistency checks with the ids of the figures they compare", () => {
    const rows = db.prepare("select kind, passed, figure_ids, message from checks").all() as { kind: string; passed: number; figure_ids: string; message: string }[];
    expect(rows.length).toBeGreaterThan(5);
    const ids = new Set(db.prepare("select id from figures").pluck().all() as string[]);
    for (const r of rows) for (const id of JSON.parse(r.figure_ids)) expect(ids.has(id), id).toBe(true);
    expect(rows.find((r) => r.kind === "share" && r.message.startsWith("66.8%"))?.message).toBe("66.8% matches 31006件 / 46407件 = 66.8132%");
  });

  it("keeps each figure's sentence around it", () => {
    const bad = db.prepare("select count(*) from figures f join sentences s on s.id = f.sentence_id where f.start < s.start or f.end > s.end").pluck().get();
    expect(bad).toBe(0);
  });

  it("stores sentences as offsets into their paragraph: each is the source's code points at [start, end)", () => {
    const rows = db.prepare(
      "select d.file_name, s.start, s.end, substr(p.text, s.start - p.start + 1, s.end - s.start) text from sentences s join paragraphs p on p.document_id = s.document_id and p.ordinal = s.paragraph join documents d on d.id = s.document_id",
    ).all() as { file_name: string; start: number; end: number; text: string }[];
    expect(rows.length).toBeGreaterThan(1000);
    const cps = new Map(corpusFiles.map((f) => [f, Array.from(readFileSync(path.join(CORPUS, f), "utf8").replace(/^\uFEFF/, ""))]));
    for (const r of rows) expect(r.text, `${r.file_name}@${r.start}`).toBe(cps.get(r.file_name)!.slice(r.start, r.end).join(""));
  });

  it("indexes every paragraph for search, and nothing else", () => {
    const rw = new Database(db.name); // the check is a write statement in FTS5's syntax; it changes nothing
    rw.prepare("insert into paragraphs_fts (paragraphs_fts, rank) values ('integrity-check', 1)").run();
    rw.close();
    const some = db.prepare("select id, substr(text, 3, 4) q from paragraphs where length(text) > 10 order by id limit 40").all() as { id: number; q: string }[];
    for (const p of some) {
      const hits = db.prepare("select rowid from paragraphs_fts where paragraphs_fts match ?").pluck().all(trigramQuery(p.q)) as number[];
      expect(hits, p.q).toContain(p.id);
    }
  });
});

describe("ingest with worker threads", () => {
  it("builds the same database as the ingest in one thread: every row of every table", async () => {
    const dump = async (workers: number) => {
      const dbFile = path.join(tempDir(), "figures.db");
      const report = await ingestCorpus({ corpusDir: CORPUS, dbFile, sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, workers });
      const d = new Database(dbFile, { readonly: true });
      const rows = Object.fromEntries(
        ["documents", "paragraphs", "sections", "sentences", "figures", "checks"].map((t) => [t, d.prepare(`select * from ${t} order by rowid`).raw().all()]),
      );
      d.close();
      return { report, rows };
    };
    const one = await dump(0);
    const two = await dump(2);
    expect(two.report.figures).toBe(one.report.figures);
    expect(two.report.figures).toBeGreaterThan(1000);
    expect(two.report.warnings).toEqual(one.report.warnings);
    for (const table of Object.keys(one.rows)) expect(two.rows[table], table).toEqual(one.rows[table]);
  }, 120_000);

  it("skips a file that cannot be decoded in a worker, by name, and ingests the rest", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    for (const f of corpusFiles.slice(0, 6)) copyFileSync(path.join(CORPUS, f), path.join(corpus, f));
    writeFileSync(path.join(corpus, "003_binary.txt"), Buffer.from([0, 1, 2, 255, 254, 0, 0, 7]));
    const report = await ingestCorpus({ corpusDir: corpus, dbFile: path.join(dir, "f.db"), sourcesFile: SOURCES, goldDir: GOLD, log: () => {}, workers: 2 });
    expect(report.skipped.map((s) => s.file)).toEqual(["003_binary.txt"]);
    expect(report.documents).toBe(6);
  }, 60_000);
});

describe("the writer", () => {
  it.each([true, false])("takes out every row and search entry of a document whose extraction failed half-way (search index filled as it goes: %s)", async (asYouGo) => {
    const { Writer } = await import("@/lib/ingest/writer");
    const { documentMessages } = await import("@/lib/ingest/document");
    const file = path.join(tempDir(), "w.db");
    const w = new Writer(file, asYouGo);
    const job = (f: string) => ({ file: f, path: path.join(CORPUS, f), id: f.replace(/\.txt$/, ""), meta: null, options: {}, gold: undefined });
    const [a, b] = corpusFiles;
    for (const m of documentMessages(job(a))) w.write(m, job(a).id);
    // b: its head and figures are written, then the extraction fails.
    for (const m of documentMessages(job(b))) {
      if (m.t === "end") break;
      w.write(m, job(b).id);
    }
    expect(w.write({ t: "skip", file: b, reason: "failed" }, job(b).id)).toEqual({ skipped: "failed" });
    w.finish();
    const d = new Database(file, { readonly: true });
    for (const t of ["paragraphs", "sections", "sentences", "figures"]) {
      expect(d.prepare(`select count(*) from ${t} where document_id = ?`).pluck().get(job(b).id), t).toBe(0);
      expect(d.prepare(`select count(*) from ${t} where document_id = ?`).pluck().get(job(a).id), t).toBeGreaterThan(0);
    }
    // facet_counts counts a's figures, none of b's.
    expect(d.prepare("select sum(n) from facet_counts").pluck().get()).toBe(d.prepare("select count(*) from figures").pluck().get());
    // The search finds a's paragraphs and none of b's (its rows are gone, and so are their index entries).
    const indexed = d.prepare("select count(*) from paragraphs_fts").pluck().get();
    expect(indexed).toBe(d.prepare("select count(*) from paragraphs").pluck().get());
    d.close();
    const rw = new Database(file);
    rw.prepare("insert into paragraphs_fts (paragraphs_fts, rank) values ('integrity-check', 1)").run(); // throws on an index that does not match its table
    rw.close();
  });
});

describe("ingest of bad input", () => {
  it("skips a binary and an empty file by name and ingests the rest", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    copyFileSync(path.join(CORPUS, corpusFiles[4]), path.join(corpus, corpusFiles[4]));
    writeFileSync(path.join(corpus, "broken.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00]));
    writeFileSync(path.join(corpus, "empty.txt"), "");
    writeFileSync(path.join(corpus, "not-utf8.txt"), Buffer.from([0xe4, 0xb8, 0xad, 0xff, 0xff, 0xff, 0x80, 0x80]));
    const logs: string[] = [];
    const report = await ingestCorpus({ corpusDir: corpus, dbFile: path.join(dir, "f.db"), sourcesFile: SOURCES, goldDir: GOLD, log: (l) => logs.push(l) });
    expect(report.skipped.map((s) => s.file).sort()).toEqual(["broken.txt", "empty.txt", "not-utf8.txt"]);
    expect(logs.join("\n")).toMatch(/skipped broken\.txt: not text/);
    expect(logs.join("\n")).toMatch(/skipped empty\.txt: empty/);
    expect(report.documents).toBe(1);
    const db = new Database(path.join(dir, "f.db"), { readonly: true });
    expect(db.prepare("select count(*) from figures").pluck().get()).toBeGreaterThan(50);
  });

  it("ingests a file missing from sources.json with a warning", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, "new.txt"), "全市法院受理案件57876件,结案46407件。");
    const report = await ingestCorpus({ corpusDir: corpus, dbFile: path.join(dir, "f.db"), sourcesFile: SOURCES, goldDir: GOLD, log: () => {} });
    expect(report.warnings.join("\n")).toMatch(/new\.txt: not in sources\.json/);
    expect(report.figures).toBe(2);
  });

  it("reads who reports and where from a real report that has no sources.json entry, and reports a conflict with one that has", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    // A real provincial police release, under a name sources.json does not know.
    copyFileSync(path.join(CORPUS, "304_gansu_police_2021.txt"), path.join(corpus, "my-own-file.txt"));
    // The same text under its own name, with an entry that puts it in another province.
    copyFileSync(path.join(CORPUS, "304_gansu_police_2021.txt"), path.join(corpus, "304_gansu_police_2021.txt"));
    const entries = JSON.parse(readFileSync(SOURCES, "utf8"));
    entries.documents["304_gansu_police_2021.txt"] = { ...entries.documents["304_gansu_police_2021.txt"], province: "四川省" };
    const sourcesFile = path.join(dir, "sources.json");
    writeFileSync(sourcesFile, JSON.stringify(entries));
    const report = await ingestCorpus({ corpusDir: corpus, dbFile: path.join(dir, "f.db"), sourcesFile, goldDir: GOLD, log: () => {} });
    const db = new Database(path.join(dir, "f.db"), { readonly: true });
    const where = (doc: string) => db.prepare("select institution, province, count(*) n from figures where document_id = ? group by 1, 2 order by n desc").get(doc) as { institution: string; province: string };
    expect(where("my-own-file")).toMatchObject({ institution: "police", province: "甘肃省" });
    expect(where("304_gansu_police_2021")).toMatchObject({ institution: "police", province: "四川省" });
    expect(report.warnings.join("\n")).toMatch(/304_gansu_police_2021\.txt: sources\.json says 四川省, the text says 甘肃省/);
  });

  it("reads GB18030, UTF-16 and UTF-8 with BOM, offsets counted without the BOM", async () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    const text = "今年1月至10月,全市法院受理执行案件21750件,已结 17619件。";
    // TextDecoder reads GB18030 but cannot write it: these are the GB18030 bytes of
    // 全市法院受理案件57876件,结案46407件。 (two bytes a Chinese character, one a digit).
    const gb = "c8abcad0b7a8d4bacadcc0edb0b8bcfe3537383736bcfe2cbde1b0b83436343037bcfea1a3";
    writeFileSync(path.join(corpus, "gb.txt"), Buffer.from(gb, "hex"));
    writeFileSync(path.join(corpus, "u16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    writeFileSync(path.join(corpus, "u8bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    const report = await ingestCorpus({ corpusDir: corpus, dbFile: path.join(dir, "f.db"), sourcesFile: SOURCES, goldDir: GOLD, log: () => {} });
    expect(report.skipped).toEqual([]);
    const db = new Database(path.join(dir, "f.db"), { readonly: true });
    const rows = db.prepare("select document_id, text, start from figures order by document_id, start").all();
    expect(rows).toEqual([
      { document_id: "gb", text: "57876件", start: 8 },
      { document_id: "gb", text: "46407件", start: 17 },
      { document_id: "u16", text: "21750件", start: 19 }, // offsets count no BOM
      { document_id: "u16", text: "17619件", start: 29 },
      { document_id: "u8bom", text: "21750件", start: 19 },
      { document_id: "u8bom", text: "17619件", start: 29 },
    ]);
    const encodings = db.prepare("select id, encoding from documents order by id").all();
    expect(encodings).toEqual([
      { id: "gb", encoding: "gb18030" },
      { id: "u16", encoding: "utf-16le" },
      { id: "u8bom", encoding: "utf-8-bom" },
    ]);
  });

  it("leaves the previous database readable and unchanged when an ingest is killed midway", async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, "figures.db");
    await ingestCorpus({ corpusDir: CORPUS, dbFile, sourcesFile: SOURCES, goldDir: GOLD, log: () => {} });
    const before = createHash("sha1").update(readFileSync(dbFile)).digest("hex");

    // --import tsx runs the ingest in this very process, so the kill reaches it (the tsx CLI would fork a child).
    const child = spawn(process.execPath, ["--import", "tsx", "lib/ingest/cli.ts", "--db", dbFile], {
      cwd: ROOT,
      env: { ...process.env, ZF_INGEST_PAUSE_MS: "3000" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    await new Promise<void>((resolve, reject) => {
      child.stderr.on("data", (d) => {
        stderr += d;
        if (/\[1\/\d+\]/.test(stderr)) resolve(); // one document written into the new file
      });
      child.on("exit", () => reject(new Error(`ingest ended before it could be killed: ${stderr}`)));
    });
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));

    expect(createHash("sha1").update(readFileSync(dbFile)).digest("hex")).toBe(before);
    const db = new Database(dbFile, { readonly: true });
    expect(db.prepare("select count(*) from documents").pluck().get()).toBe(corpusFiles.length);
    expect(readdirSync(dir).some((f) => f.includes(".tmp-"))).toBe(true); // the half-built file, never renamed

    // The next ingest clears the dead run's temp file and replaces the database.
    await ingestCorpus({ corpusDir: CORPUS, dbFile, sourcesFile: SOURCES, goldDir: GOLD, log: () => {} });
    expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect(existsSync(dbFile)).toBe(true);
  });

  it("names every entry it cannot read, skips it and ingests the rest, exit 1: dangling link, link loop, directory, unsafe name, taken id", () => {
    const dir = tempDir();
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    copyFileSync(path.join(CORPUS, "004_9ad7854ab247dcce.txt"), path.join(corpus, "004_9ad7854ab247dcce.txt"));
    copyFileSync(path.join(CORPUS, "h01_dongguan_court.txt"), path.join(corpus, "dup.txt"));
    copyFileSync(path.join(CORPUS, "h01_dongguan_court.txt"), path.join(corpus, "dup.md"));
    const unsafe = ["a b#c.txt", "50%.txt", "what?.txt", "it's.txt", "法院报告.txt", "-flag.txt"];
    for (const name of unsafe) copyFileSync(path.join(CORPUS, "h01_dongguan_court.txt"), path.join(corpus, name));
    copyFileSync(path.join(CORPUS, "h01_dongguan_court.txt"), path.join(corpus, "v1.2_report-final.txt"));
    symlinkSync(path.join(dir, "nowhere.txt"), path.join(corpus, "dangling.txt"));
    symlinkSync(path.join(corpus, "loop.txt"), path.join(corpus, "loop.txt"));
    mkdirSync(path.join(corpus, "folder.txt"));
    const dbFile = path.join(dir, "figures.db");
    const r = spawnSync(process.execPath, ["--import", "tsx", "lib/ingest/cli.ts", "--corpus", corpus, "--db", dbFile], { cwd: ROOT, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(1);
    const named = [["dangling.txt", "dangling"], ["loop.txt", "loop"], ["folder.txt", "directory"], ["dup.txt", "same id"], ...unsafe.map((n) => [n, "web address"])];
    for (const [name, why] of named) {
      expect(r.stderr).toMatch(new RegExp(`${name.replace(/[#.?%'-]/g, "\\$&")}: [^\n]*${why}`));
    }
    const db = new Database(dbFile, { readonly: true });
    const ids = db.prepare("select id from documents order by id").pluck().all() as string[];
    expect(ids).toEqual(["004_9ad7854ab247dcce", "dup", "v1.2_report-final"]);
    // Every id the site can show is one the explore page's doc filter takes.
    for (const id of ids) expect(parseFilters({ doc: id }).errors, id).toEqual([]);
  });

  it("reads a CRLF file exactly as the LF one: the same figures, ids and verified figures", async () => {
    const ids = async (crlf: boolean) => {
      const dir = tempDir();
      const corpus = path.join(dir, "corpus");
      mkdirSync(corpus);
      const text = readFileSync(path.join(CORPUS, "004_9ad7854ab247dcce.txt"), "utf8");
      writeFileSync(path.join(corpus, "004_9ad7854ab247dcce.txt"), crlf ? text.replace(/\n/g, "\r\n") : text);
      const dbFile = path.join(dir, "figures.db");
      await ingestCorpus({ corpusDir: corpus, dbFile, sourcesFile: SOURCES, goldDir: GOLD, log: () => {} });
      return new Database(dbFile, { readonly: true }).prepare("select id || ' ' || metric || ' ' || verified from figures order by id").pluck().all();
    };
    const lf = await ids(false);
    expect(lf.length).toBeGreaterThan(50);
    expect(await ids(true)).toEqual(lf);
  });

  it("refuses a broken sources.json entry by entry, keeps the previous database and exits 2", async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, "figures.db");
    const corpus = path.join(dir, "corpus");
    mkdirSync(corpus);
    copyFileSync(path.join(CORPUS, "004_9ad7854ab247dcce.txt"), path.join(corpus, "004_9ad7854ab247dcce.txt"));
    await ingestCorpus({ corpusDir: corpus, dbFile, sourcesFile: SOURCES, goldDir: GOLD, log: () => {} });
    const before = createHash("sha1").update(readFileSync(dbFile)).digest("hex");
    const run = (sourcesText: string) => {
      const file = path.join(dir, "sources.json");
      writeFileSync(file, sourcesText);
      return spawnSync(process.execPath, ["--import", "tsx", "lib/ingest/cli.ts", "--corpus", corpus, "--db", dbFile, "--sources", file], { cwd: ROOT, encoding: "utf8" });
    };
    const good = JSON.parse(readFileSync(SOURCES, "utf8"));
    const cases: [string, RegExp][] = [
      ["{ not json", /not valid JSON/],
      ["\uFEFF" + JSON.stringify({ documents: [] }), /expected/],
      [JSON.stringify({ documents: { "004_9ad7854ab247dcce.txt": { ...good.documents["004_9ad7854ab247dcce.txt"], date: "2021-13-45" }, "x.txt": null } }), /004_9ad7854ab247dcce\.txt: date[\s\S]*x\.txt/],
      [JSON.stringify({ documents: { "004_9ad7854ab247dcce.txt": { ...good.documents["004_9ad7854ab247dcce.txt"], url: "javascript:alert(1)" } } }), /004_9ad7854ab247dcce\.txt: url/],
      [JSON.stringify({ documents: { "004_9ad7854ab247dcce.txt": { ...good.documents["004_9ad7854ab247dcce.txt"], title: 5, part: "secret" } } }), /sources\.json: 004_9ad7854ab247dcce\.txt: title: [^\n]*number; part: /],
      [JSON.stringify([1, 2]), /expected/],
    ];
    for (const [text, message] of cases) {
      const r = run(text);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(createHash("sha1").update(readFileSync(dbFile)).digest("hex")).toBe(before);
    }
  });

  it("builds the database when started from another directory, with every path given", () => {
    const dir = tempDir();
    const dbFile = path.join(dir, "f.db");
    const run = spawnSync(process.execPath, ["--import", require.resolve("tsx"), path.join(ROOT, "lib", "ingest", "cli.ts"), "--corpus", CORPUS, "--sources", SOURCES, "--gold", GOLD, "--db", dbFile], { cwd: dir, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(new Database(dbFile, { readonly: true }).prepare("select count(*) from figures").pluck().get()).toBeGreaterThan(1000);
  });

  it("lets one ingest write a database at a time, and stops when its npm wrapper is killed", async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, "figures.db");
    // A lock held by a living process: refused.
    writeFileSync(`${dbFile}.lock`, String(process.pid));
    const r = spawnSync(process.execPath, ["--import", "tsx", "lib/ingest/cli.ts", "--db", dbFile], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`another ingest (pid ${process.pid})`);
    rmSync(`${dbFile}.lock`);
    // npm run -s ingest, killed with SIGTERM: the node process writing the database goes too.
    const npm = spawn("npm", ["run", "-s", "ingest", "--", "--db", dbFile], { cwd: ROOT, env: { ...process.env, ZF_INGEST_PAUSE_MS: "2000" }, stdio: "ignore", detached: false });
    let writer = 0;
    for (let i = 0; i < 200 && !writer; i++) {
      await new Promise((res) => setTimeout(res, 100));
      if (existsSync(`${dbFile}.lock`)) writer = Number(readFileSync(`${dbFile}.lock`, "utf8"));
    }
    expect(writer).toBeGreaterThan(0);
    npm.kill("SIGTERM");
    let gone = false;
    for (let i = 0; i < 100 && !gone; i++) {
      await new Promise((res) => setTimeout(res, 100));
      try {
        process.kill(writer, 0);
      } catch {
        gone = true;
      }
    }
    expect(gone).toBe(true);
    expect(existsSync(dbFile)).toBe(false); // never renamed into place
  }, 60_000);
});

