import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: "政法数字 Zhengfa Figures",
  description: "Figures reported by Chinese courts, procuratorates, police and justice bureaus, each traced to its source sentence.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <header className="border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3" aria-label="主导航 Main">
            <Link href="/" className="text-lg font-semibold">
              政法数字 <span className="text-sm font-normal text-stone-500">Zhengfa Figures</span>
            </Link>
            <Link href="/" className="text-sm hover:underline">总览 Overview</Link>
            <Link href="/figures" className="text-sm hover:underline">数字 Figures</Link>
          </nav>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
