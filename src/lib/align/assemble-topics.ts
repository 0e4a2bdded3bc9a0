import type { Loaded } from '../load/yaml.ts';
import { SourceError } from '../load/errors.ts';
import type { OutletsData } from '../../schemas/outlets.ts';
import type { TopicEntry, TopicsData } from '../../schemas/topics.ts';
import type { Digest, FullTranscript, Paragraph } from '../parse/types.ts';
import type { AlignedDigestParagraph, AlignedParagraph, AlignedTopic } from './aligned.ts';
import type { Alignment, SectionAlignment } from './types.ts';

/**
 * Build the topics in press-conference order: the opening remarks, one topic
 * per Q&A unit (with its digest section where one aligned), then the
 * digest-only topics in digest order. Every paragraph receives a stable ID
 * (`<slug>-q1`, `<slug>-a3`, `<slug>-d2`).
 *
 * @throws SourceError when a Q&A, digest-only section or outlet has no authored
 * entry, or an authored entry matches nothing (at the entry's own line).
 */
export function assembleTopics(full: FullTranscript, digest: Digest, alignment: Alignment, topics: Loaded<TopicsData>, outlets: Loaded<OutletsData>): AlignedTopic[] {
  const entries = topics.data;
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
  const result: AlignedTopic[] = [];

  const opening = entries.opening;
  result.push({
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
      throw new SourceError(topics.file, topics.lineOf(['questions']), `no topic entry for question ${unit.number} (${unit.outlet}, ${full.file} line ${line}): add questions.${unit.number} with slug, titleEn and summaryEn`);
    }
    used.add(`q${unit.number}`);
    const outlet = outlets.data[unit.outlet];
    if (!outlet) {
      throw new SourceError(full.file, line, `the outlet “${unit.outlet}” has no entry in ${outlets.file}: add it there (en, country, countryZh, region, kind)`);
    }
    const section = byUnit.get(unit.number) ?? null;
    const answer = withIds(unit.answer, `${entry.slug}-a`);
    const zhTitle = section ? section.section.heading : entry.titleZh;
    if (!zhTitle) {
      throw new SourceError(topics.file, topics.lineOf(['questions', String(unit.number)]), `question ${unit.number} has no digest heading: give questions.${unit.number} a titleZh`);
    }
    result.push({
      slug: entry.slug,
      order: unit.number,
      kind: 'qa',
      number: unit.number,
      title: { zh: zhTitle, en: entry.titleEn, zhFrom: section ? 'digest-heading' : 'authored' },
      summaryEn: entry.summaryEn,
      outlet: { zh: unit.outlet, en: outlet.en, country: outlet.country, countryZh: outlet.countryZh, region: outlet.region, kind: outlet.kind },
      question: { id: `${entry.slug}-question`, label: unit.questionLabel, paragraphs: withIds(unit.question, `${entry.slug}-q`) },
      answer: { id: `${entry.slug}-answer`, label: unit.answerLabel, paragraphs: answer },
      digest: section ? digestPart(section, entry, answer, alignment) : null,
      sources: section ? ['full', 'digest'] : ['full'],
    });
  }

  digestOnly.forEach((section, i) => {
    const entry = entries.digestOnly[section.section.heading];
    if (!entry) {
      throw new SourceError(digest.file, section.section.headingLine, `the section “${section.section.heading}” abridges no answer of the full transcript, and ${topics.file} has no digestOnly entry for it: add one (slug, titleEn, summaryEn), or check the full transcript for a missing answer`);
    }
    used.add(`d:${section.section.heading}`);
    result.push({
      slug: entry.slug,
      order: full.units.length + 1 + i,
      kind: 'digest-only',
      number: null,
      title: { zh: section.section.heading, en: entry.titleEn, zhFrom: 'digest-heading' },
      summaryEn: entry.summaryEn,
      outlet: null,
      question: null,
      answer: null,
      digest: digestPart(section, entry, [], alignment),
      sources: ['digest'],
    });
  });

  for (const key of Object.keys(entries.questions)) {
    if (!used.has(`q${key}`)) throw new SourceError(topics.file, topics.lineOf(['questions', key]), `questions.${key} matches no question in ${full.file}`);
  }
  for (const heading of Object.keys(entries.digestOnly)) {
    if (!used.has(`d:${heading}`)) throw new SourceError(topics.file, topics.lineOf(['digestOnly', heading]), `digestOnly “${heading}” matches no digest-only section in ${digest.file}`);
  }
  const slugs = new Map<string, AlignedTopic>();
  for (const t of result) {
    if (slugs.has(t.slug)) {
      const key = t.kind === 'qa' ? ['questions', String(t.number)] : t.kind === 'digest-only' ? ['digestOnly', t.title.zh] : ['opening'];
      throw new SourceError(topics.file, topics.lineOf(key), `the slug “${t.slug}” is used twice`);
    }
    slugs.set(t.slug, t);
  }
  return result;
}

function withIds(paragraphs: Paragraph[], prefix: string): AlignedParagraph[] {
  return paragraphs.map((p, i) => ({ id: `${prefix}${i + 1}`, zh: p.text, provenance: p.provenance }));
}

function digestPart(section: SectionAlignment, entry: TopicEntry, answer: AlignedParagraph[], alignment: Alignment): NonNullable<AlignedTopic['digest']> {
  const duplicate = alignment.duplicates.find((d) => d.keptPosition === section.section.position);
  const paragraphs: AlignedDigestParagraph[] = section.section.paragraphs.map((p, i) => {
    const aligned = section.paragraphs[i];
    return {
      id: `${entry.slug}-d${i + 1}`,
      zh: p.text,
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
