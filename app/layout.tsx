import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { getLang } from "@/lib/lang";
import { t } from "@/lib/i18n";
import { LanguageSwitch } from "@/components/LanguageSwitch";

export const metadata: Metadata = {
  title: "政法数字 Zhengfa Figures",
  description: "Figures reported by Chinese courts, procuratorates, police and justice bureaus, each traced to its source sentence.",
};

export default async function RootLayout({ children, modal }: { children: React.ReactNode; modal: React.ReactNode }) {
  const lang = await getLang();
  return (
    <html lang={lang === "zh" ? "zh-CN" : "en"}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <header className="border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-3" aria-label={lang === "zh" ? "主导航" : "Main"}>
            <Link href="/" className="text-lg font-semibold">
              {t(lang, "siteName")}
            </Link>
            <Link href="/" className="text-sm hover:underline">{t(lang, "navOverview")}</Link>
            <Link href="/metrics" className="text-sm hover:underline">{t(lang, "navIndicators")}</Link>
            <Link href="/regions" className="text-sm hover:underline">{t(lang, "navRegions")}</Link>
            <Link href="/figures" className="text-sm hover:underline">{t(lang, "navFigures")}</Link>
            <Link href="/data" className="text-sm hover:underline">{t(lang, "navData")}</Link>
            <LanguageSwitch lang={lang} label={t(lang, "switchTo")} title={t(lang, "switchLabel")} />
          </nav>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        {modal}
      </body>
    </html>
  );
}
