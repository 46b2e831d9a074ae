import Link from "next/link";
import { fetchCitation, fetchFigures } from "@/lib/queries";
import { Citation } from "@/components/Citation";
import { formatValue, regionName } from "@/lib/format";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Parse the URL once: values or messages, never an exception. */
function parseParams(sp: Record<string, string | string[] | undefined>) {
  const errors: string[] = [];
  const one = (k: string) => (Array.isArray(sp[k]) ? (sp[k] as string[])[0] : (sp[k] as string | undefined));
  const pageRaw = one("page") ?? "1";
  let page = Number(pageRaw);
  if (!/^[1-9][0-9]{0,5}$/.test(pageRaw)) {
    errors.push(`page 参数无效 invalid page "${pageRaw}": a whole number from 1`);
    page = 1;
  }
  const province = one("province") || undefined;
  if (province && province.length > 30) errors.push("province 参数过长 province is too long");
  const cite = one("cite") || undefined;
  return { page, province: province && province.length <= 30 ? province : undefined, cite, errors };
}

export default async function FiguresPage({ searchParams }: { searchParams: Search }) {
  const p = parseParams(await searchParams);
  const { rows, total } = fetchFigures({ province: p.province, page: p.page, pageSize: PAGE_SIZE });
  const citation = p.cite ? fetchCitation(p.cite) : null;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (extra: Record<string, string>) => {
    const q = new URLSearchParams();
    if (p.province) q.set("province", p.province);
    if (p.page > 1) q.set("page", String(p.page));
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return `/figures?${q}`;
  };

  return (
    <div>
      <h1 className="mb-2 text-2xl font-semibold">数字 Figures</h1>
      <p className="mb-4 text-sm text-stone-600" data-testid="figures-summary">
        {p.province ? `${p.province}：` : ""}共 {total} 条 {total} figures{p.province ? ` in ${p.province}` : ""}.
        {p.province && (
          <Link href="/figures" className="ml-2 text-blue-700 hover:underline">
            显示全部 show all
          </Link>
        )}
      </p>
      {p.errors.map((e) => (
        <p key={e} role="alert" className="mb-2 rounded bg-red-50 p-2 text-sm text-red-800">
          {e}
        </p>
      ))}
      {p.cite && !citation && (
        <p role="alert" className="mb-2 rounded bg-red-50 p-2 text-sm text-red-800">
          找不到这条数字 No figure with id “{p.cite}”.
        </p>
      )}
      {citation && <Citation c={citation} />}

      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-center text-stone-600">
          没有符合条件的数字。 No figures match{p.province ? ` the region “${p.province}”` : ""}.{" "}
          <Link href="/figures" className="text-blue-700 hover:underline">
            清除筛选 Clear the filter
          </Link>
        </p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm" data-testid="figures-table">
          <thead>
            <tr className="border-b border-stone-300 text-left text-stone-500">
              <th className="p-2">数值 Value</th>
              <th className="p-2">统计对象 What is counted</th>
              <th className="p-2">机构 Institution</th>
              <th className="p-2">地区 Region</th>
              <th className="p-2">时期 Period</th>
              <th className="p-2">核验 Verified</th>
              <th className="p-2">文档 Document</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-stone-100 align-top">
                <td className="p-2 whitespace-nowrap">
                  <Link href={link({ cite: r.id })} className="font-medium text-blue-700 hover:underline" data-figure-id={r.id} scroll={false}>
                    {formatValue(r.value, r.valueMax, r.unit)}
                  </Link>
                </td>
                <td className="p-2">{r.label}</td>
                <td className="p-2">{r.institution}</td>
                <td className="p-2">{regionName(r)}</td>
                <td className="p-2">{r.period ?? "—"}</td>
                <td className="p-2">{r.verified ? "✓ 已核验" : "未核验"}</td>
                <td className="p-2 font-mono text-xs">{r.documentId}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav className="mt-4 flex gap-4 text-sm" aria-label="分页 Pagination">
          {p.page > 1 && <Link href={link({ page: String(p.page - 1) })}>← 上一页 Previous</Link>}
          <span>
            {p.page} / {pages}
          </span>
          {p.page < pages && <Link href={link({ page: String(p.page + 1) })}>下一页 Next →</Link>}
        </nav>
      )}
    </div>
  );
}
