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
        <p className="mb-3 text-stone-700">
          {lang === "zh"
            ? "每种格式都接受数字页的筛选参数（region、institution、kind、metric、period、doc、verified、q、sort、dir），下载的正是该视图中的数字；每行带有来源文档、句子、是否核验和永久链接。参数无效时返回 400 并说明是哪个参数。"
            : "Every format takes the explore page's filters (region, institution, kind, metric, period, doc, verified, q, sort, dir) and holds exactly the figures of that view; each row carries its document, sentence, verified status and permalink. An invalid parameter is answered with 400 naming it."}
        </p>
        <table className="mb-4 w-full bg-white text-sm" data-testid="formats">
          <tbody>
            {[
              ["/api/figures.csv", lang === "zh" ? "CSV（RFC 4180，UTF-8 带 BOM，Excel 可直接打开中文）" : "CSV (RFC 4180, UTF-8 with BOM so Excel opens Chinese correctly)"],
              ["/api/figures.xlsx", lang === "zh" ? "Excel 工作簿；第二张表为代码表、许可和引用方式" : "Excel workbook; a second sheet holds the codebook, licence and how to cite"],
              ["/api/figures.json", lang === "zh" ? "JSON，分页（page、pageSize ≤ 1000），含总数" : "JSON, paged (page, pageSize ≤ 1000), with the total"],
              ["/api/figures.db", lang === "zh" ? "完整 SQLite 数据库（不接受筛选）" : "The whole SQLite database (takes no filters)"],
              ["/api/datapackage.json", lang === "zh" ? "Frictionless 数据包描述：字段、单位、来源、许可" : "Frictionless Data Package: fields, units, sources, licence"],
            ].map(([href, what]) => (
              <tr key={href} className="border-b border-stone-100">
                <td className="p-2 font-mono text-xs">
                  <a href={href} className="text-blue-700 hover:underline">
                    {href}
                  </a>
                </td>
                <td className="p-2">{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <pre className="overflow-x-auto rounded bg-stone-900 p-3 text-xs text-stone-100" data-testid="examples">{`# curl: the procuratorates' figures of Hebei
curl -o figures.csv 'http://localhost:3000/api/figures.csv?region=130000&institution=procuratorate'

# pandas
import pandas as pd
df = pd.read_csv("http://localhost:3000/api/figures.csv?verified=true", encoding="utf-8-sig")

# R
df <- read.csv("http://localhost:3000/api/figures.csv?metric=court.cases.accepted", fileEncoding = "UTF-8-BOM")`}</pre>
        <p className="mt-2 text-sm text-stone-600">
          {lang === "zh"
            ? "防公式注入：以 = + - @（或制表符、回车）开头的文本单元格前加一个单引号 '，电子表格便不会把它当作公式执行；数值列不受影响。"
            : "Formula injection: a text cell beginning with = + - @ (or a tab or carriage return) is prefixed with a single quote ', so a spreadsheet does not run it as a formula; number columns are untouched."}
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
