import { SourceError } from './errors.ts';
import type { ConferenceData } from '../../schemas/conference.ts';
import type { OutletData } from '../../schemas/outlets.ts';
import type { TopicEntry, TopicsData } from '../../schemas/topics.ts';
import type { DigestParagraphOut, ParagraphOut, TopicOut } from './output-schema.ts';
import type { Alignment, Digest, FullTranscript, Paragraph, SectionAlignment } from './types.ts';

/** Authored data the assembly needs, with the files it came from (for error messages). */
export interface AuthoredData {
  conference: ConferenceData;
  outlets: Record<string, OutletData>;
  outletsFile: string;
  topics: TopicsData;
  topicsFile: string;
}

/**
 * Build the topics in press-conference order: the opening remarks, one topic
 * per Q&A unit (with its digest section where one aligned), then the
 * digest-only topics in digest order. Every paragraph receives a stable ID
 * (`<slug>-q1`, `<slug>-a3`, `<slug>-d2`).
 *
 * @throws SourceError when a Q&A, digest-only section or outlet has no authored
 * entry, or an authored entry matches nothing.
 */
export function assembleTopics(full: FullTranscript, digest: Digest, alignment: Alignment, data: AuthoredData): TopicOut[] {
  const { topics: entries, topicsFile, outlets, outletsFile } = data;
  const byUnit = new Map<number, SectionAlignment>();
  for (const s of alignment.sections) {
    if (s.unit === null) continue;
    const other = byUnit.get(s.unit);
    if (other) {
      throw new SourceError(digest.file, s.section.headingLine, `the sections “${other.section.heading}” (line ${other.section.headingLine}) and “${s.section.heading}” both abridge question ${s.unit}: one answer, one digest section`);
    }
    byUnit.set(s.unit, s);
  }
  const digestOnly = alignment.sections.filter((s) => s.unit === null);

  const used = new Set<string>();
  const topics: TopicOut[] = [];

  const opening = entries.opening;
  topics.push({
    slug: opening.slug,
    order: 0,
    kind: 'opening',
    number: null,
    title: { zh: opening.titleZh, en: opening.titleEn, zhFrom: 'authored' },
    summaryEn: opening.summaryEn,
    outlet: null,
    question: null,
    answer: { id: `${opening.slug}-answer`, label: full.openingLabel, paragraphs: withIds(full.opening, `${opening.slug}-p`) },
    digest: null,
    sources: ['full'],
  });

  for (const unit of full.units) {
    const entry = entries.questions[String(unit.number)];
    const line = unit.question[0]!.provenance.lines[0]!;
    if (!entry) {
      throw new SourceError(topicsFile, 1, `no topic entry for question ${unit.number} (${unit.outlet}, ${full.file} line ${line}): add questions.${unit.number} with slug, titleEn and summaryEn`);
    }
    used.add(`q${unit.number}`);
    const outlet = outlets[unit.outlet];
    if (!outlet) {
      throw new SourceError(outletsFile, 1, `no entry for the outlet “${unit.outlet}” (${full.file} line ${line})`);
    }
    const section = byUnit.get(unit.number) ?? null;
    const answer = withIds(unit.answer, `${entry.slug}-a`);
    const zhTitle = section ? section.section.heading : entry.titleZh;
    if (!zhTitle) {
      throw new SourceError(topicsFile, 1, `question ${unit.number} has no digest heading: give questions.${unit.number} a titleZh`);
    }
    topics.push({
      slug: entry.slug,
      order: unit.number,
      kind: 'qa',
      number: unit.number,
      title: { zh: zhTitle, en: entry.titleEn, zhFrom: section ? 'digest-heading' : 'authored' },
      summaryEn: entry.summaryEn,
      outlet: { zh: unit.outlet, ...outlet },
      question: { id: `${entry.slug}-question`, label: unit.questionLabel, paragraphs: withIds(unit.question, `${entry.slug}-q`) },
      answer: { id: `${entry.slug}-answer`, label: unit.answerLabel, paragraphs: answer },
      digest: section ? digestOut(section, entry, answer, alignment) : null,
      sources: section ? ['full', 'digest'] : ['full'],
    });
  }

  digestOnly.forEach((section, i) => {
    const entry = entries.digestOnly[section.section.heading];
    if (!entry) {
      throw new SourceError(topicsFile, 1, `no topic entry for the digest-only section “${section.section.heading}” (${digest.file} line ${section.section.headingLine}): add it under digestOnly`);
    }
    used.add(`d:${section.section.heading}`);
    topics.push({
      slug: entry.slug,
      order: full.units.length + 1 + i,
      kind: 'digest-only',
      number: null,
      title: { zh: section.section.heading, en: entry.titleEn, zhFrom: 'digest-heading' },
      summaryEn: entry.summaryEn,
      outlet: null,
      question: null,
      answer: null,
      digest: digestOut(section, entry, [], alignment),
      sources: ['digest'],
    });
  });

  for (const key of Object.keys(entries.questions)) {
    if (!used.has(`q${key}`)) throw new SourceError(topicsFile, 1, `questions.${key} matches no question in ${full.file}`);
  }
  for (const heading of Object.keys(entries.digestOnly)) {
    if (!used.has(`d:${heading}`)) {
      throw new SourceError(topicsFile, 1, `digestOnly “${heading}” matches no digest-only section in ${digest.file}`);
    }
  }
  const slugs = new Set<string>();
  for (const t of topics) {
    if (slugs.has(t.slug)) throw new SourceError(topicsFile, 1, `the slug “${t.slug}” is used twice`);
    slugs.add(t.slug);
  }
  return topics;
}

function withIds(paragraphs: Paragraph[], prefix: string): ParagraphOut[] {
  // English and reading aids are filled in by attachTranslations and annotateAll.
  return paragraphs.map((p, i) => ({ id: `${prefix}${i + 1}`, zh: p.text, en: '', flag: null, hant: '', hk: '', pinyin: '', terms: [], corrections: [], provenance: p.provenance }));
}

function digestOut(section: SectionAlignment, entry: TopicEntry, answer: ParagraphOut[], alignment: Alignment): NonNullable<TopicOut['digest']> {
  const duplicate = alignment.duplicates.find((d) => d.keptPosition === section.section.position);
  const paragraphs: DigestParagraphOut[] = section.section.paragraphs.map((p, i) => {
    const aligned = section.paragraphs[i];
    return {
      id: `${entry.slug}-d${i + 1}`,
      zh: p.text,
      en: '',
      flag: null,
      hant: '',
      hk: '',
      pinyin: '',
      terms: [],
      corrections: [],
      diff: [],
      provenance: p.provenance,
      spans: (aligned?.spans ?? []).map((s) => ({ paragraph: answer[s.paragraph]!.id, from: s.from, to: s.to })),
      coverage: aligned?.coverage ?? 0,
    };
  });
  return {
    id: `${entry.slug}-digest`,
    heading: section.section.heading,
    headingLine: section.section.headingLine,
    score: section.unit === null ? null : Math.round(section.score * 1000) / 1000,
    paragraphs,
    duplicate: duplicate ? { lines: duplicate.lines, position: duplicate.droppedPosition } : null,
  };
}
