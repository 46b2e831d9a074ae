// In front of every route: a path whose percent-escapes do not decode is a
// 400 (Next.js would answer 500); with no database (no SQLite file, or no
// schema zf on PostgreSQL) every page and API says so with a 503 naming the
// command that builds it, and with a PostgreSQL that does not answer, a 503
// saying so; the image optimiser, which the site does not use, is closed.

import { NextResponse, type NextRequest } from "next/server";
import { usesPostgres } from "./lib/db/file";
import { databaseMissing } from "./lib/queries/ready";

const MISSING = {
  zh: "数据库尚未建立：请运行 npm run -s ingest（从 data/ 建立 data/figures.db），然后刷新本页。",
  en: "The database has not been built yet: run npm run -s ingest (it builds data/figures.db from data/), then reload this page.",
};
const MISSING_PG = {
  zh: "数据库尚未建立：请在设置 DATABASE_URL 的情况下运行 npm run -s ingest（在 PostgreSQL 中建立 schema zf），然后刷新本页。",
  en: "The database has not been built yet: run npm run -s ingest with DATABASE_URL set (it builds schema zf in PostgreSQL), then reload this page.",
};
const NO_ANSWER = {
  zh: "数据库（DATABASE_URL 所指的 PostgreSQL）没有应答，请稍后刷新本页。",
  en: "The database (the PostgreSQL server of DATABASE_URL) does not answer; reload this page in a while.",
};

function html(status: number, title: string, body: string, lang: "zh" | "en"): NextResponse {
  const page = `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${body}</p></body></html>`;
  return new NextResponse(page, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const lang = request.cookies.get("lang")?.value === "en" ? "en" : "zh";
  try {
    decodeURIComponent(pathname);
  } catch {
    const message = lang === "zh" ? "地址里有无法解码的百分号转义。" : "The address holds a percent-escape that does not decode.";
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: `Bad request: ${message}` }, { status: 400 })
      : html(400, lang === "zh" ? "地址无效 (400)" : "Bad address (400)", message, lang);
  }
  if (pathname.startsWith("/_next/image")) return new NextResponse("Not found", { status: 404 });
  const missing = await databaseMissing();
  if (missing === "not built") {
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: `Service unavailable: the database has not been built. Run: ${usesPostgres() ? "DATABASE_URL=… " : ""}npm run -s ingest` }, { status: 503, headers: { "retry-after": "60" } })
      : html(503, lang === "zh" ? "数据库尚未建立 (503)" : "No database yet (503)", (usesPostgres() ? MISSING_PG : MISSING)[lang], lang);
  }
  if (missing === "no answer") {
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: "Service unavailable: the database (DATABASE_URL) does not answer" }, { status: 503, headers: { "retry-after": "10" } })
      : html(503, lang === "zh" ? "数据库没有应答 (503)" : "The database does not answer (503)", NO_ANSWER[lang], lang);
  }
  return NextResponse.next();
}

export const config = {
  // Static files and the map's outlines need no database.
  matcher: ["/((?!_next/static|favicon.ico|map/).*)"],
};
