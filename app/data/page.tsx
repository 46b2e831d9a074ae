import Link from "next/link";
import { FIELDS, LICENCE } from "@/lib/codebook";
import { METRICS, institutionName, kindName, t } from "@/lib/i18n";
import { getLang } from "@/lib/lang";

export default async function DataPage() {
  const lang = await getLang();
  return (
    <div className="space-y-8">
      <section>
        <h1 className="mb-2 text-2xl font-semibold">{lang === "zh" ? "数据与代码表" : "Data and codebook"}</h1>
        <p className="text-stone-700">
          {lang === "zh"
            ? "下载格式（CSV、JSON、XLSX、SQLite 与数据包）尚在开发中。现在可以从代码仓库用 README 的第一条命令重建完整的 SQLite 数据库。"
            : "The download formats (CSV, JSON, XLSX, SQLite and a data package) are still being built. Today the whole SQLite database can be rebuilt from the repository with the README's first command."}
        </p>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{lang === "zh" ? "字段" : "Fields"}</h2>
        <table className="w-full bg-white text-sm" data-testid="codebook">
          <thead>
            <tr className="border-b border-stone-300 text-left text-stone-500">
              <th className="p-2">{lang === "zh" ? "字段" : "Field"}</th>
              <th className="p-2">{lang === "zh" ? "类型" : "Type"}</th>
              <th className="p-2">中文</th>
              <th className="p-2">English</th>
            </tr>
          </thead>
          <tbody>
            {FIELDS.map((f) => (
              <tr key={f.name} className="border-b border-stone-100 align-top">
                <td className="p-2 font-mono text-xs">{f.name}</td>
                <td className="p-2">{f.type}</td>
                <td className="p-2">{f.zh}</td>
                <td className="p-2">{f.en}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{lang === "zh" ? "指标表" : "Metric vocabulary"}</h2>
        <table className="w-full bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left text-stone-500">
              <th className="p-2">key</th>
              <th className="p-2">中文</th>
              <th className="p-2">English</th>
              <th className="p-2">{t(lang, "kind")}</th>
              <th className="p-2">{t(lang, "institution")}</th>
            </tr>
          </thead>
          <tbody>
            {METRICS.map((m) => (
              <tr key={m.key} className="border-b border-stone-100">
                <td className="p-2 font-mono text-xs">
                  <Link href={`/metrics/${m.key}`} className="text-blue-700 hover:underline">
                    {m.key}
                  </Link>
                </td>
                <td className="p-2">{m.zh}</td>
                <td className="p-2">{m.en}</td>
                <td className="p-2">{kindName(lang, m.kind)}</td>
                <td className="p-2">{institutionName(lang, m.institution)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{lang === "zh" ? "许可与引用" : "Licence and how to cite"}</h2>
        <p>{LICENCE[lang]}</p>
        <p className="mt-2">
          {lang === "zh"
            ? "引用单条数字时，请使用该数字页面上的“引用”文字，其中含永久链接。"
            : "To cite one figure, use the citation on its page, which carries its permanent address."}
        </p>
      </section>
    </div>
  );
}
