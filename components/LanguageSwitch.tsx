"use client";
// Switches the interface language; the choice persists in a cookie for a year.
// Its accessible name is its visible label (English / 中文), in that language.

import { useRouter } from "next/navigation";
import { LANG_COOKIE, type Lang } from "@/lib/lang-cookie";

export function LanguageSwitch({ lang, label, title }: { lang: Lang; label: string; title: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="ml-auto rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-50"
      title={title}
      lang={lang === "zh" ? "en" : "zh-CN"}
      data-testid="language-switch"
      onClick={() => {
        document.cookie = `${LANG_COOKIE}=${lang === "zh" ? "en" : "zh"}; path=/; max-age=31536000; samesite=lax`;
        document.documentElement.lang = lang === "zh" ? "en" : "zh-CN";
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
