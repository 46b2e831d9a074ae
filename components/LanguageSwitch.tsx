"use client";
// Switches the interface language; the choice persists in a cookie for a year.

import { useRouter } from "next/navigation";
import { LANG_COOKIE, type Lang } from "@/lib/i18n";

export function LanguageSwitch({ lang, label, title }: { lang: Lang; label: string; title: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="ml-auto rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-50"
      aria-label={title}
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
