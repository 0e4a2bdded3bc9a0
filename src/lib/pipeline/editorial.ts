import { join } from 'node:path';
import { loadYaml, yamlLine } from './authored.ts';
import { diffChars } from './apparatus.ts';
import { placeCorrections } from './corrections.ts';
import { correctionsSchema as correctionSchema } from '../../schemas/corrections.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { SourceError } from './errors.ts';
import { checkGlossary, findTerms } from './glossary.ts';
import type { ConferenceOut, GlossaryOut, ParagraphOut, TopicOut } from './output-schema.ts';
import { toTraditional } from '../reading/script.ts';
import type { ReadingOverrides } from '../reading/overrides.ts';

/**
 * The editorial layer: place the authored corrections, mark glossary terms
 * (never overlapping a correction), and compute the digest-versus-answer
 * differences. Mutates the paragraphs in place and returns the glossary with
 * its occurrences.
 *
 * @throws SourceError for a correction that does not match its paragraph, or a
 * glossary entry (or form) that matches nothing in the text.
 */
export function annotateEditorial(topics: TopicOut[], conference: ConferenceOut, dataDir: string, overrides: ReadingOverrides): GlossaryOut[] {
  const glossaryFile = join(dataDir, 'glossary.yaml');
  const correctionsFile = join(dataDir, 'corrections.yaml');
  const glossary = loadYaml(glossaryFile, glossarySchema);
  checkGlossary(glossary, glossaryFile);

  const located: { topic: string; paragraph: ParagraphOut }[] = [
    { topic: topics[0]!.slug, paragraph: conference.lede },
    ...topics.flatMap((t) => [...(t.question?.paragraphs ?? []), ...(t.answer?.paragraphs ?? []), ...(t.digest?.paragraphs ?? [])].map((paragraph) => ({ topic: t.slug, paragraph }))),
  ];
  const texts = new Map(located.map(({ paragraph }) => [paragraph.id, paragraph.zh]));
  const corrections = placeCorrections(loadYaml(correctionsFile, correctionSchema), texts, correctionsFile);

  const occurrences = new Map<string, { topic: string; paragraph: string }[]>();
  for (const { topic, paragraph } of located) {
    paragraph.corrections = (corrections.get(paragraph.id) ?? []).map(({ paragraph: _, ...c }) => c);
    paragraph.terms = findTerms(paragraph.zh, glossary, paragraph.corrections);
    for (const mark of paragraph.terms) {
      const list = occurrences.get(mark.term) ?? [];
      if (!list.some((o) => o.paragraph === paragraph.id)) list.push({ topic, paragraph: paragraph.id });
      occurrences.set(mark.term, list);
    }
  }

  const allText = located.map((l) => l.paragraph.zh).join('\n');
  glossary.forEach((entry, i) => {
    for (const form of [entry.zh, ...(entry.also ?? [])]) {
      if (!allText.includes(form)) throw new SourceError(glossaryFile, yamlLine(glossaryFile, [i]), `“${form}” (${entry.id}) does not occur in the text`);
    }
    if (!occurrences.has(entry.id)) {
      throw new SourceError(glossaryFile, yamlLine(glossaryFile, [i]), `“${entry.id}” is never marked: every occurrence lies inside a longer term or a correction`);
    }
  });

  for (const topic of topics) {
    if (!topic.digest || !topic.answer) continue;
    const answer = new Map(topic.answer.paragraphs.map((p) => [p.id, p.zh]));
    const users = new Map<string, number>();
    for (const p of topic.digest.paragraphs) for (const id of new Set(p.spans.map((s) => s.paragraph))) users.set(id, (users.get(id) ?? 0) + 1);
    for (const p of topic.digest.paragraphs) {
      // Compare with the whole answer paragraph where this digest paragraph is its only abridgement,
      // so sentences the digest drops show as left out; otherwise with the matched sentences only.
      const source = p.spans
        .map((s, i) => {
          const text = answer.get(s.paragraph)!;
          const whole = users.get(s.paragraph) === 1 && p.spans.findIndex((o) => o.paragraph === s.paragraph) === i;
          return whole ? text : users.get(s.paragraph) === 1 ? '' : text.slice(s.from, s.to);
        })
        .join('');
      p.diff = source ? diffChars(source, p.zh) : [];
    }
  }

  return glossary.map((e) => ({
    id: e.id,
    zh: e.zh,
    hant: toTraditional(e.zh, 'tw', overrides.script),
    also: e.also ?? [],
    pinyin: e.pinyin,
    en: e.en,
    note: e.note,
    category: e.category,
    occurrences: occurrences.get(e.id) ?? [],
  }));
}
