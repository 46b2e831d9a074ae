"use client";
// What a page shows when a read fails, most often a database not built yet.

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-6 text-red-900">
      <h1 className="mb-2 text-lg font-semibold">出错了 Something went wrong</h1>
      <p className="mb-2 text-sm">
        读取数据时出错；如果数据库尚未建立，请先运行 npm run -s ingest。 The data could not be read; if the database
        has not been built yet, run npm run -s ingest first.
        {error.digest && <span className="block text-xs text-red-700">({error.digest})</span>}
      </p>
      <button type="button" onClick={reset} className="rounded border border-red-300 bg-white px-2 py-1 text-sm">
        重试 Try again
      </button>
    </div>
  );
}
