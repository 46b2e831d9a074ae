// One document's text → sections, paragraphs, sentences and figures, with
// every offset in code points. Pure: no I/O, the same input gives the same
// output, so a corpus can be extracted in parallel or streamed.

import type { ExtractedDocument, Figure, Paragraph, Section, Sentence } from "./types";
import { codePointIndex } from "./codepoints";
import { textToParagraphs, textToSentences } from "./segment";
import { institutionOf, paragraphsToSections } from "./context";
import { hasPinyinNotes, isTraditional, sourceOffsets, toSimplified, withoutPinyinNotes } from "./simplify";
import { congressYearOf, datelineDay, publishedSpanOf, declaredReporter, readDate, reportYearOf, summaryDate, textReporter, type Reporter } from "./reporter";
import { NO_REGION, resolveRegion } from "./gazetteer";
import { NATIONAL_CODE } from "./national";
import { sentenceToMentions } from "./mentions";
import { acceptedMeansNew, campaignYearsLead, receivedMeansAccepted, caseTopicOf, gangTopicOf, mentionsToFigures, policeTopicOf } from "./figures";
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

/**
 * A document read up to its figures: paragraphs, sentences and articles with
 * code-point offsets, and what the figure pass needs. `figuresOf` then gives
 * the figures one at a time, so a caller that writes them as they come (the
 * ingest) never holds every figure of a large document at once.
 */
export interface TextReading {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  sections: (Section & { start: number; end: number })[];
  /** problems found so far; the figure pass adds its own as it goes */
  errors: string[];
  /** who reports the page and where (sources.json's, else the text's), and the date its periods are read from */
  reporter: Reporter | null;
  docDate: string | null;
  /** the figure pass's view: the stages with UTF-16 offsets */
  readonly pass: FigurePass;
}

interface FigurePass {
  ctx: Parameters<typeof mentionsToFigures>[2];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  text: string;
  /** the text as retrieved (`text` is its reading copy: simplified characters, no pinyin notes) */
  source: string;
  astral: boolean;
  /** an offset of `text` (UTF-16) as a code point of `source` */
  toSourceCp: (i: number) => number;
}

export function readText(rawText: string, options: ExtractOptions = {}): TextReading {
  const source = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  // A text in traditional characters is read through a simplified copy of the same length (simplify.ts);
  // what is shown and stored (paragraphs, sentences, a figure's text and context) is the source's.
  // Pinyin notes a mirror site put after characters (萬(wàn)元) are left out of the copy; `toSource`
  // turns its offsets back into the source's.
  const simplified = isTraditional(source) ? toSimplified(source) : source;
  const { text, notes } = hasPinyinNotes(simplified) ? withoutPinyinNotes(simplified) : { text: simplified, notes: [] };
  const copied = text !== source;
  const toSource = sourceOffsets(notes);
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
  // (Read once: its date, and the year a look back covers, both come from the opening.)
  const fromOpening = options.docDate === undefined ? readDate(paragraphs) : null;
  const docDate = datelineDay(paragraphs, fromOpening ? fromOpening.date : (options.docDate ?? null));
  const sections = paragraphs.length ? paragraphsToSections(paragraphs, text, reporter, !!declared) : [];
  // One merge pass assigns each sentence its section (both lists are in text order).
  const sectionOfSentence: number[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k + 1 < sections.length && sections[k + 1].start <= s.start) k++;
    sectionOfSentence.push(k);
  }
  sentences.forEach((s, i) => (s.section = sections[sectionOfSentence[i]]?.ordinal ?? 0));
  // Periods count from the date the text was written: a year-end summary's, when posted later.
  const ctx = { docDate: summaryDate(paragraphs, docDate), reportYear: reportYearOf(paragraphs) ?? fromOpening?.reviewed ?? null, congressYear: congressYearOf(paragraphs, docDate), publishedSpan: publishedSpanOf(paragraphs, docDate), caseTopic: caseTopicOf(paragraphs), policeTopic: policeTopicOf(paragraphs), gangTopic: gangTopicOf(paragraphs), campaignYears: campaignYearsLead(text), acceptedIsNew: acceptedMeansNew(text), receivedIsAccepted: receivedMeansAccepted(text), sections, paragraphs, sentences, sectionOfSentence, text };

  // For text without astral characters (nearly all) UTF-16 indices are code
  // points and the stages serve as they are; otherwise the caller gets
  // converted copies and the figure pass keeps the UTF-16 originals.
  const astral = /[\uD800-\uDBFF]/.test(source);
  const cp = codePointIndex(source);
  // An offset of the reading copy as a code point of the source.
  const moved = astral || notes.length > 0;
  const toSourceCp = (i: number) => cp.toCodePoint(toSource(i));
  const toCp = <T extends { start: number; end: number }>(x: T): T => (moved ? { ...x, start: toSourceCp(x.start), end: toSourceCp(x.end) } : x);
  // Copies only where something differs: a large simplified text's lists are handed over as they are.
  const out = <T extends { start: number; end: number; text: string }>(xs: T[]): T[] =>
    copied ? xs.map((x) => toCp({ ...x, text: source.slice(toSource(x.start), toSource(x.end)) })) : astral ? xs.map(toCp) : xs;
  return {
    text: source,
    sections: (moved ? sections.map(toCp) : sections) as (Section & { start: number; end: number })[],
    paragraphs: out(paragraphs),
    sentences: out(sentences),
    errors,
    reporter,
    docDate,
    pass: { ctx, sentences, paragraphs, text, source, astral, toSourceCp },
  };
}

/** The figures of a read document, in text order, one at a time. */
export function* figuresOf(reading: TextReading): Generator<Figure> {
  const { ctx, sentences, paragraphs, source, astral, toSourceCp } = reading.pass;
  const errors = reading.errors;
  // Code points for the quote selector; without astral characters the string serves as is.
  const chars = astral ? Array.from(source) : null;
  const cpSlice = (a: number, b: number) => (chars ? chars.slice(a, b).join("") : source.slice(a, b));
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    if (paragraphs[sentence.paragraph].repeatOf !== null) continue; // counted at its first occurrence
    if (paragraphs[sentence.paragraph].link) continue; // another article's headline
    const { mentions } = sentenceToMentions(sentence);
    for (const f of mentionsToFigures(i, mentions, ctx)) {
      const start = toSourceCp(f.start);
      const end = toSourceCp(f.end);
      // Completed in place, not copied: the figure pass made this object for this figure alone,
      // and a copy of thirty fields per figure was a tenth of the pass's time with its garbage.
      const figure = f as Figure;
      if (source !== reading.pass.text) figure.text = cpSlice(start, end);
      figure.start = start;
      figure.end = end;
      figure.sentenceStart = toSourceCp(sentence.start);
      figure.sentenceEnd = toSourceCp(sentence.end);
      figure.prefix = cpSlice(Math.max(0, start - SELECTOR_CONTEXT), start);
      figure.suffix = cpSlice(end, end + SELECTOR_CONTEXT);
      if (cpSlice(start, end) !== figure.text) {
        errors.push(`figure ${figure.text} at ${start} does not match the source`);
        continue;
      }
      if (figure.province === null && figure.regionCode !== NATIONAL_CODE) errors.push(`no region for ${figure.text} at ${start}`);
      yield figure;
    }
  }
}

/** Everything at once: the document read, every figure, and the checks between them. */
export function extractText(rawText: string, options: ExtractOptions = {}): ExtractedDocument {
  const reading = readText(rawText, options);
  const figures = Array.from(figuresOf(reading));
  return {
    text: reading.text,
    sections: reading.sections,
    paragraphs: reading.paragraphs,
    sentences: reading.sentences,
    figures,
    checks: figuresToChecks(figures),
    errors: reading.errors,
  };
}
