import type { Authored } from '../load/authored.ts';
import { SourceError } from '../load/errors.ts';
import type { EditionDigestParagraph, EditionFurniture, EditionParagraph, EditionTopic, Facts, GlossaryTerm, UiEntry, ZhString } from '../../schemas/edition.ts';
import { mapTopic, topicParagraphs } from '../../schemas/topic-model.ts';
import type { Furniture } from '../parse/types.ts';
import type { Translated, TranslatedDigestParagraph, TranslatedParagraph, TranslatedTopic } from '../translate/translate.ts';
import { sentenceId } from '../translate/sentence-groups.ts';
import { placeCorrections, type PlacedCorrection } from './corrections.ts';
import { diffChars } from './digest-diff.ts';
import { checkGlossary, findTerms } from './glossary-marks.ts';
import { findEnglishTerms } from './english-terms.ts';
import { chineseRuns } from './chinese-runs.ts';
import { createZhAnnotator, type ZhAnnotator } from './zh-annotator.ts';
import { properNounIndex } from './proper-nouns.ts';

/** The annotate stage's result: every Chinese string the site shows, converted and marked. */
export interface Annotated {
  translated: Translated;
  facts: Facts;
  title: { zh: ZhString; digestZh: ZhString; en: string };
  topics: EditionTopic[];
  lede: EditionParagraph;
  digestLede: EditionParagraph;
  furniture: EditionFurniture[];
  continuation: EditionFurniture | null;
  glossary: GlossaryTerm[];
  ui: Record<string, UiEntry>;
  prose: Record<string, ZhString>;
}

/**
 * The annotate stage: give every Chinese string — paragraphs, titles, labels,
 * outlets, headings, glossary terms, digest-comparison pieces, event facts,
 * interface strings and the Chinese quoted in notes and authored pages — its
 * traditional forms, pinyin and words; place the corrections; mark the
 * glossary terms (longest first, never over a correction) in the Chinese,
 * and each term once in the English (its first rendering); compare each
 * digest paragraph with the answer it abridges.
 *
 * @throws SourceError for a correction that does not match its paragraph, a
 * glossary entry that is never marked, or an override that applies nowhere.
 */
export function annotate(translated: Translated, authored: Authored): Annotated {
  const zhA = createZhAnnotator(authored.pinyinOverrides, authored.scriptOverrides, authored.wordJoins, properNounIndex(authored.dictionary.rows, authored.properNounExceptions));
  checkGlossary(authored.glossary);
  const glossary = authored.glossary.data;

  const texts = new Map<string, string>([[translated.lede.id, translated.lede.zh], [translated.digestLede.id, translated.digestLede.zh]]);
  for (const t of translated.topics) for (const { paragraph } of topicParagraphs(t)) texts.set(paragraph.id, paragraph.zh);
  const sources = new Map<string, { file: string; line: number }>();
  for (const p of [translated.lede, translated.digestLede, ...translated.topics.flatMap((t) => topicParagraphs(t).map((x) => x.paragraph))]) {
    sources.set(p.id, { file: p.provenance.files?.[0] ?? p.provenance.file, line: p.provenance.lines[0]! });
  }
  const corrections = placeCorrections(authored.corrections, texts, sources);

  const paragraph = (p: TranslatedParagraph): EditionParagraph => {
    const placed = corrections.get(p.id) ?? [];
    const terms = findTerms(p.zh, glossary, placed);
    return {
      id: p.id,
      zh: zhA.zh(p.zh),
      en: p.en,
      flag: p.flag === null ? null : zhA.mixed(p.flag),
      provenance: p.provenance,
      terms,
      enTerms: findEnglishTerms(p.en, terms.map((m) => m.term), glossary),
      corrections: placed.map((c) => correctionMark(c, zhA)),
      sentences: p.sentences.map((s) => ({ id: sentenceId(p.id, s.n), zh: s.zh, en: s.en })),
    };
  };
  const topic = (t: TranslatedTopic): EditionTopic => {
    const answer = new Map((t.answer?.paragraphs ?? []).map((p) => [p.id, p.zh]));
    const sources = digestSources(t.digest?.paragraphs ?? [], answer);
    return mapTopic(t, {
      paragraph,
      digestParagraph: (d: TranslatedDigestParagraph): EditionDigestParagraph => {
        const source = sources.get(d.id) ?? '';
        const diff = source ? diffChars(source, d.zh).map((piece) => ({ op: piece.op, text: zhA.zh(piece.text) })) : [];
        return { ...paragraph(d), spans: d.spans, coverage: d.coverage, diff };
      },
      zh: zhA.zh,
    });
  };

  const topics = translated.topics.map(topic);
  const lede = paragraph(translated.lede);
  const digestLede = paragraph(translated.digestLede);
  const { full, digest } = translated.parsed;
  const furniture = [...full.furniture, ...digest.furniture].map((f) => furniturePiece(f, zhA, translated.captionEn));
  const result: Annotated = {
    translated,
    facts: facts(authored, zhA),
    title: { zh: zhA.zh(full.title.text), digestZh: zhA.zh(digest.title.text), en: authored.conference.data.title.en },
    topics,
    lede,
    digestLede,
    furniture,
    continuation: full.continuation ? furniturePiece(full.continuation, zhA, null) : null,
    glossary: glossaryTerms(authored, topics, lede, zhA),
    ui: Object.fromEntries(Object.entries(authored.ui.data).map(([key, s]) => [key, { zh: s.zh ? zhA.zh(s.zh) : null, en: s.en }])),
    prose: Object.fromEntries(authored.pages.flatMap((p) => chineseRuns(p.text).filter((r) => r.zh).map((r) => [r.text, zhA.zh(r.text)]))),
  };
  zhA.checkAllUsed();
  return result;
}

function correctionMark(c: PlacedCorrection, zhA: ZhAnnotator): EditionParagraph['corrections'][number] {
  return {
    id: c.id,
    from: c.from,
    to: c.to,
    source: zhA.zh(c.source),
    corrected: zhA.zh(c.corrected),
    kind: c.kind,
    certainty: c.certainty,
    evidence: zhA.mixed(c.evidence),
    note: zhA.mixed(c.note),
  };
}

function furniturePiece(f: Furniture, zhA: ZhAnnotator, captionEn: string | null): EditionFurniture {
  return { kind: f.kind, source: f.source, file: f.file, line: f.line, text: zhA.zh(f.text), en: f.kind === 'photo-caption' ? captionEn : null };
}

/**
 * The answer text each digest paragraph is compared with: the whole answer
 * paragraph where this digest paragraph is its only abridgement (so sentences
 * the digest drops show as left out), otherwise only the matched sentences.
 */
function digestSources(digest: readonly TranslatedDigestParagraph[], answer: ReadonlyMap<string, string>): Map<string, string> {
  const users = new Map<string, number>();
  for (const p of digest) for (const id of new Set(p.spans.map((s) => s.paragraph))) users.set(id, (users.get(id) ?? 0) + 1);
  return new Map(
    digest.map((p) => [
      p.id,
      p.spans
        .map((s, i) => {
          const text = answer.get(s.paragraph)!;
          const only = users.get(s.paragraph) === 1;
          const first = p.spans.findIndex((o) => o.paragraph === s.paragraph) === i;
          return only ? (first ? text : '') : text.slice(s.from, s.to);
        })
        .join(''),
    ]),
  );
}

function glossaryTerms(authored: Authored, topics: EditionTopic[], lede: EditionParagraph, zhA: ZhAnnotator): GlossaryTerm[] {
  const { file, lineOf, data } = authored.glossary;
  const located = [
    { topic: topics[0]!.slug, paragraph: lede },
    ...topics.flatMap((t) => topicParagraphs(t).map(({ paragraph }) => ({ topic: t.slug, paragraph }))),
  ];
  const occurrences = new Map<string, { topic: string; paragraph: string }[]>();
  for (const { topic, paragraph } of located) {
    for (const mark of paragraph.terms) {
      const list = occurrences.get(mark.term) ?? [];
      if (!list.some((o) => o.paragraph === paragraph.id)) list.push({ topic, paragraph: paragraph.id });
      occurrences.set(mark.term, list);
    }
  }
  const allText = located.map((l) => l.paragraph.zh.hans).join('\n');
  return data.map((entry, i) => {
    for (const form of [entry.zh, ...(entry.also ?? [])]) {
      if (!allText.includes(form)) throw new SourceError(file, lineOf([i]), `“${form}” (${entry.id}) does not occur in the text`);
    }
    const found = occurrences.get(entry.id);
    if (!found) throw new SourceError(file, lineOf([i]), `“${entry.id}” is never marked: every occurrence lies inside a longer term or a correction`);
    return {
      id: entry.id,
      zh: zhA.zh(entry.zh),
      also: (entry.also ?? []).map(zhA.zh),
      pinyin: entry.pinyin,
      en: entry.en,
      note: zhA.mixed(entry.note),
      category: entry.category,
      occurrences: found,
    };
  });
}

function facts(authored: Authored, zhA: ZhAnnotator): Facts {
  const c = authored.conference.data;
  const source = (s: typeof c.sources.full) => ({ file: s.file, zh: zhA.zh(s.zh), en: s.en, descriptionEn: zhA.mixed(s.descriptionEn) });
  return {
    speaker: { zh: zhA.zh(c.speaker.zh), en: c.speaker.en, roleZh: zhA.zh(c.speaker.roleZh), roleEn: c.speaker.roleEn, region: c.speaker.region },
    title: { en: c.title.en },
    shortTitle: { zh: zhA.zh(c.shortTitle.zh), en: c.shortTitle.en },
    event: { zh: zhA.zh(c.event.zh), en: c.event.en },
    date: c.date,
    dateZh: zhA.zh(c.dateZh),
    dateEn: c.dateEn,
    venue: { zh: zhA.zh(c.venue.zh), en: c.venue.en },
    publisher: { zh: zhA.zh(c.publisher.zh), en: c.publisher.en, short: c.publisher.short },
    sources: { full: source(c.sources.full), digest: source(c.sources.digest) },
  };
}
