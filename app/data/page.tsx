import type { Metadata } from "next";
import Link from "next/link";
import { FIELDS, LICENCE } from "@/lib/codebook";
import { METRICS, institutionName, kindName, t } from "@/lib/i18n";
import { CASE_TYPES, INDICATORS, STATISTICS } from "@/lib/indicators";
import { getLang } from "@/lib/lang";
import { usesPostgres } from "@/lib/db/file";

const OFFICIAL = new Map(INDICATORS.map((i) => [i.key, i.official]));

/** A small table of the vocabulary's keys: the key, then its names or definition. */
function KeyTable({ testId, caption, rows }: { testId: string; caption: string; rows: string[][] }) {
  return (
    <table className="mb-4 w-full bg-white text-sm" data-testid={testId}>
      <caption className="p-2 text-left text-stone-500">{caption}</caption>
      <tbody>
        {rows.map(([key, ...cells]) => (
          <tr key={key} className="border-b border-stone-100">
            <td className="p-2 font-mono text-xs break-all">{key}</td>
            {cells.map((c, i) => (
              <td key={i} className="p-2">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  return { title: `${t(lang, "navData")} · ${t(lang, "siteName")}` };
}

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
              ["/api/figures.ndjson", lang === "zh" ? "JSON Lines：全部数字，每行一个 JSON 对象" : "JSON Lines: every figure, one JSON object per line"],
              ["/api/figures.json", lang === "zh" ? "JSON 接口，分页（page、pageSize ≤ 1000），含总数和下一页（next）链接" : "JSON API, paged (page, pageSize ≤ 1000), with the total and a link to the next page (next)"],
              // No SQLite file to hand out when the site reads PostgreSQL.
              ...(usesPostgres() ? [] : [["/api/figures.db", lang === "zh" ? "完整 SQLite 数据库（不接受筛选）" : "The whole SQLite database (takes no filters)"]]),
              ["/api/datapackage.json", lang === "zh" ? "Frictionless 数据包描述：字段、单位、来源、许可" : "Frictionless Data Package: fields, units, sources, licence"],
            ].map(([href, what]) => (
              <tr key={href} className="border-b border-stone-100">
                <td className="p-2 font-mono text-xs break-all">
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
        <div className="overflow-x-auto">
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
        </div>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{lang === "zh" ? "指标表" : "Indicator vocabulary"}</h2>
        <p className="mb-2 text-stone-700">
          {lang === "zh"
            ? "每条数字由三个维度描述：指标（计量什么及计数单位，仿照各机关发布的官方统计）、案件类型和统计量。metric 是三者合成的完整键：指标[.案件类型][@统计量]，例如 procuratorate.arrests.approved@yoy_pct 表示批准和决定逮捕人数的同比增减。带案件类型或上级指标的数字是部分，与整体并列显示，从不相加。"
            : "Each figure is described by three dimensions: the indicator (what is measured, with its counting unit, after the official statistics the bodies publish), the case type and the statistic. metric is their full key, indicator[.case_type][@statistic]: procuratorate.arrests.approved@yoy_pct is the change of arrests approved on a year earlier. A figure with a case type or a parent indicator is a part, shown beside its whole and never added to it."}
        </p>
        <KeyTable testId="statistics" caption={lang === "zh" ? "统计量" : "Statistics"} rows={STATISTICS.map((s) => [s.key, lang === "zh" ? s.zh : s.en, s.definition])} />
        <KeyTable testId="case-types" caption={lang === "zh" ? "案件类型" : "Case types"} rows={CASE_TYPES.map((c) => [c.key, c.zh, c.en])} />
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] bg-white text-sm" data-testid="indicators">
            <thead>
              <tr className="border-b border-stone-300 text-left text-stone-500">
                <th className="p-2">key</th>
                <th className="p-2">中文</th>
                <th className="p-2">English</th>
                <th className="p-2">{t(lang, "kind")}</th>
                <th className="p-2">{t(lang, "institution")}</th>
                <th className="p-2">{lang === "zh" ? "所依官方统计" : "Official statistic it follows"}</th>
              </tr>
            </thead>
            <tbody>
              {METRICS.map((m) => (
                <tr key={m.key} className="border-b border-stone-100">
                  <td className="p-2 font-mono text-xs whitespace-nowrap">
                    <Link href={`/metrics/${encodeURIComponent(m.key)}`} className="text-blue-700 hover:underline">
                      {m.key}
                    </Link>
                  </td>
                  <td className="p-2">{m.zh}</td>
                  <td className="p-2">{m.en}</td>
                  <td className="p-2">{kindName(lang, m.kind)}</td>
                  <td className="p-2">{m.institution === "any" ? (lang === "zh" ? "各机关" : "any body") : institutionName(lang, m.institution)}</td>
                  <td className="p-2 text-stone-600">{OFFICIAL.get(m.key) ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
