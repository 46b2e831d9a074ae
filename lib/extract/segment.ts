// Text → paragraphs → sentences, with UTF-16 offsets into the text.
// Scraped pages put one paragraph on a line; a line is a paragraph.

import type { Paragraph, Sentence } from "./types";

const SPACE = /^[\s\u3000\u00a0]*$/;

const LINKS_HEAD = /^(相关新闻|相关阅读|相关链接|相关报道|延伸阅读|推荐阅读|推荐内容)[:：]?$/;
const LINK_ITEM = /^[-·•]?\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[-·•])/;

/** The label of a page's original headline, printed again under the headline it gives (原标题:…). */
export const ORIGINAL_TITLE = /^原标题[:：]\s*/;

export function textToParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // Earlier paragraphs by their last TAIL characters: a repeat must end the
  // same way, so each check looks at a few candidates, not every paragraph.
  const TAIL = 20;
  const byTail = new Map<string, { text: string; index: number }[]>();
  // …and by their first TAIL characters: a page printed again under itself, cut short (c69), is the head of the earlier one.
  const byHead = new Map<string, { text: string; index: number }[]>();
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /[\s\u3000\u00a0\r]/.test(text[s])) s++;
    while (e > s && /[\s\u3000\u00a0\r]/.test(text[e - 1])) e--;
    const body = text.slice(s, e);
    if (!SPACE.test(body)) {
      const index = paragraphs.length;
      // A repeat is a paragraph standing again verbatim, whole or as the tail
      // or the head of an earlier one (scrapers duplicate the end of a page, or the page itself). Short lines
      // such as headings repeat legitimately and are not marked.
      let repeatOf: number | null = null;
      // (原标题:… under the headline it prints again is that headline again, d36.)
      const seen = body.replace(ORIGINAL_TITLE, "");
      if (seen.length >= TAIL) {
        const earlier = byTail.get(seen.slice(-TAIL))?.find((p) => p.text.endsWith(seen));
        if (earlier) repeatOf = earlier.index;
        const before = repeatOf === null ? byHead.get(seen.slice(0, TAIL))?.find((p) => p.text.length > seen.length && p.text.startsWith(seen)) : undefined;
        if (before) repeatOf = before.index;
      } else if (/[0-9０-９]/.test(seen)) {
        // …but a page's short title with a figure, printed again as its headline right under it, is one (b86),
        // and so is the headline block printed again after the byline (c23: 审执结67万余件).
        // (Only the first six paragraphs are looked at: a long file has many short lines with figures.)
        const earlier = paragraphs.slice(0, 6).find((p) => p.text === seen);
        if (earlier) repeatOf = earlier.index;
      }
      if (body.length >= TAIL) {
        const key = body.slice(-TAIL);
        const list = byTail.get(key) ?? [];
        list.push({ text: body, index });
        byTail.set(key, list);
        const head = body.slice(0, TAIL);
        const heads = byHead.get(head) ?? [];
        heads.push({ text: body, index });
        byHead.set(head, heads);
      }
      // A page's list of links to other articles, after its 相关新闻 line: each item a dated headline (c41).
      const links = LINKS_HEAD.test(body) || (paragraphs.at(-1)?.link === true && LINK_ITEM.test(body));
      paragraphs.push(links ? { index, start: s, end: e, text: body, repeatOf, link: true } : { index, start: s, end: e, text: body, repeatOf });
    }
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

// A sentence ends at 。！？!? (with any closing quotes or brackets that follow).
const SENTENCE_END = /[。！？!?]+[”’」』）)]*/g;

export function paragraphToSentences(p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(p.text); m; m = SENTENCE_END.exec(p.text)) {
    const to = m.index + m[0].length;
    pushTrimmed(out, p, from, to);
    from = to;
  }
  if (from < p.text.length) pushTrimmed(out, p, from, p.text.length);
  return out;
}

function pushTrimmed(out: Sentence[], p: Paragraph, from: number, to: number) {
  while (from < to && /[\s\u3000]/.test(p.text[from])) from++;
  while (to > from && /[\s\u3000]/.test(p.text[to - 1])) to--;
  if (to > from) {
    out.push({ paragraph: p.index, start: p.start + from, end: p.start + to, text: p.text.slice(from, to) });
  }
}

export function textToSentences(paragraphs: Paragraph[]): Sentence[] {
  return paragraphs.flatMap(paragraphToSentences);
}
