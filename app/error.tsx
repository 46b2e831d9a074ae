"use client";
// What a page shows when a read fails, most often a database not built yet,
// in the page's language (the layout sets <html lang> from the reader's choice).

import { useSyncExternalStore } from "react";

const TEXT = {
  zh: { title: "出错了", body: "读取数据时出错；如果数据库尚未建立，请先运行 npm run -s ingest。", retry: "重试" },
  en: { title: "Something went wrong", body: "The data could not be read; if the database has not been built yet, run npm run -s ingest first.", retry: "Try again" },
};

const subscribe = () => () => {};

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(subscribe, () => (document.documentElement.lang === "en" ? "en" : "zh"), () => "zh" as const);
  const s = TEXT[lang];
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-6 text-red-900">
      <h1 className="mb-2 text-lg font-semibold">{s.title}</h1>
      <p className="mb-2 text-sm">
        {s.body}
        {error.digest && <span className="block text-xs text-red-700">({error.digest})</span>}
      </p>
      <button type="button" onClick={reset} className="rounded border border-red-300 bg-white px-2 py-1 text-sm">
        {s.retry}
      </button>
    </div>
  );
}
