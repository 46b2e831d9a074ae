// In front of every route: a path whose percent-escapes do not decode is a
// 400 (Next.js would answer 500); with no database every page and API says
// so with a 503 naming the command that builds it; the image optimiser,
// which the site does not use, is closed.

import { NextResponse, type NextRequest } from "next/server";
import { existsSync } from "node:fs";
import { dbFile, usesPostgres } from "./lib/db/file";

const MISSING = {
  zh: "数据库尚未建立：请运行 npm run -s ingest（从 data/ 建立 data/figures.db），然后刷新本页。",
  en: "The database has not been built yet: run npm run -s ingest (it builds data/figures.db from data/), then reload this page.",
};

function html(status: number, title: string, body: string, lang: "zh" | "en"): NextResponse {
  const page = `<!doctype html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${body}</p></body></html>`;
  return new NextResponse(page, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

export function proxy(request: NextRequest) {
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
  // On PostgreSQL a query that finds no schema zf says so itself (lib/queries/db.ts).
  if (!usesPostgres() && !existsSync(dbFile())) {
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: "Service unavailable: the database has not been built. Run: npm run -s ingest" }, { status: 503, headers: { "retry-after": "60" } })
      : html(503, lang === "zh" ? "数据库尚未建立 (503)" : "No database yet (503)", MISSING[lang], lang);
  }
  return NextResponse.next();
}

export const config = {
  // Static files and the map's outlines need no database.
  matcher: ["/((?!_next/static|favicon.ico|map/).*)"],
};
