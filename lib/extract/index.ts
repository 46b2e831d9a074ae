// One document's text → sections, paragraphs, sentences and figures, with
// every offset in code points. Pure: no I/O, the same input gives the same
// output, so a corpus can be extracted in parallel or streamed.

import type { ExtractedDocument, Figure, Paragraph, Section, Sentence } from "./types";
import { codePointIndex } from "./codepoints";
import { textToParagraphs, textToSentences } from "./segment";
import { institutionOf, paragraphsToSections } from "./context";
import { dateFromText, datelineDay, declaredReporter, reportYearOf, textReporter, type Reporter } from "./reporter";
import { NO_REGION, resolveRegion } from "./gazetteer";
import { NATIONAL_CODE } from "./national";
import { sentenceToMentions } from "./mentions";
import { mentionsToFigures } from "./figures";
import { figuresToChecks } from "./checks";

export * from "./types";

export interface ExtractOptions {
  /** the document's publication date (ISO), for normalising 今年, 去年 */
  docDate?: string | null;
  /** the body that published the page (sources.json), for pages without a byline */
  publisher?: string | null;
  /** who reports and where, as sources.json declares it: wins over the text, a conflict is reported */
  declared?: Declared | null;
}

export interface Declared {
  institution: string | null;
  level: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
}

const SELECTOR_CONTEXT = 32;

export function extractText(rawText: string, options: ExtractOptions = {}): ExtractedDocument {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const errors: string[] = [];
  const paragraphs = textToParagraphs(text);
  const sentences = textToSentences(paragraphs);
  // Who reports and where: sources.json wins; the text is read all the same, and a conflict is reported.
  const fromText = textReporter(paragraphs);
  const declared = options.declared ? declaredReporter(options.declared, options.publisher ?? null) : null;
  const publisher: Reporter | null = options.publisher
    ? { institution: institutionOf(options.publisher) ?? "unknown", region: resolveRegion(options.publisher, NO_REGION, true) ?? NO_REGION, national: false, evidence: options.publisher }
    : null;
  const reporter = declared ?? publisher ?? fromText;
  if (declared && fromText && !fromText.national && fromText.region.province && declared.region.province && fromText.region.province !== declared.region.province) {
    errors.push(`sources.json says ${declared.region.province}, the text says ${fromText.region.province} (${fromText.evidence}); sources.json wins`);
  }
  // A date the entry leaves unknown stays unknown; with no entry, the text's first full date.
  // A dateline day (记者19日从全国扫黑办获悉 on a page of the 20th) is when its 目前 and 以来 end.
  const docDate = datelineDay(paragraphs, options.docDate !== undefined ? options.docDate : dateFromText(paragraphs));
  const sections = paragraphs.length ? paragraphsToSections(paragraphs, text, reporter) : [];
  // One merge pass assigns each sentence its section (both lists are in text order).
  const sectionOfSentence: number[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k + 1 < sections.length && sections[k + 1].start <= s.start) k++;
    sectionOfSentence.push(k);
  }
  const ctx = { docDate, reportYear: reportYearOf(paragraphs), sections, paragraphs, sentences, sectionOfSentence, text };

  const cp = codePointIndex(text);
  // Code points for the quote selector; for text without astral characters
  // (nearly all) UTF-16 indices are code points and the string serves as is.
  const astral = /[\uD800-\uDBFF]/.test(text);
  const chars = astral ? Array.from(text) : null;
  const cpSlice = (a: number, b: number) => (chars ? chars.slice(a, b).join("") : text.slice(a, b));
  const figures: Figure[] = [];
  sentences.forEach((sentence, i) => {
    if (paragraphs[sentence.paragraph].repeatOf !== null) return; // counted at its first occurrence
    const { mentions } = sentenceToMentions(sentence);
    for (const f of mentionsToFigures(i, mentions, ctx)) {
      const start = cp.toCodePoint(f.start);
      const end = cp.toCodePoint(f.end);
      const figure: Figure = {
        ...(f as Figure),
        start,
        end,
        sentenceStart: cp.toCodePoint(sentence.start),
        sentenceEnd: cp.toCodePoint(sentence.end),
        prefix: cpSlice(Math.max(0, start - SELECTOR_CONTEXT), start),
        suffix: cpSlice(end, end + SELECTOR_CONTEXT),
      };
      if (cpSlice(start, end) !== figure.text) {
        errors.push(`figure ${figure.text} at ${start} does not match the source`);
        continue;
      }
      if (figure.province === null && figure.regionCode !== NATIONAL_CODE) errors.push(`no region for ${figure.text} at ${start}`);
      figures.push(figure);
    }
  });

  // The stages' own objects are converted in place: nothing else holds them,
  // and for text without astral characters the offsets do not change at all.
  const toCp = <T extends { start: number; end: number }>(x: T): T => {
    if (astral) {
      x.start = cp.toCodePoint(x.start);
      x.end = cp.toCodePoint(x.end);
    }
    return x;
  };
  sentences.forEach((s, i) => (s.section = sections[sectionOfSentence[i]]?.ordinal ?? 0));
  return {
    text,
    sections: sections.map(toCp) as (Section & { start: number; end: number })[],
    paragraphs: paragraphs.map(toCp) as Paragraph[],
    sentences: sentences.map(toCp) as Sentence[],
    figures,
    checks: figuresToChecks(figures),
    errors,
  };
}
