// The interface language's cookie and type, apart from lib/i18n.ts so that
// the language switch (a client component) does not ship the vocabulary.

export type Lang = "zh" | "en";
export const LANG_COOKIE = "lang";
