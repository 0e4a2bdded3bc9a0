import { join } from 'node:path';
import type { TranslationRecord } from '../load/authored.ts';
import { SourceError } from '../load/errors.ts';
import { mapTopic, topicParagraphs, type TopicShape } from '../../schemas/topic-model.ts';
import type { Aligned, AlignedDigestParagraph, AlignedParagraph } from '../align/aligned.ts';
import { excerptOf, matches, tailOf } from './fingerprint.ts';
import { missingNumbers } from './numbers.ts';
import { alignSentences, type SentenceGroup } from './sentence-groups.ts';

/** A paragraph with its English. */
export interface TranslatedParagraph extends AlignedParagraph {
  en: string;
  /** Translator's flag where the source is faulty: what it reads and how it was read. */
  flag: string | null;
  /** The English's sentence groups, aligned with the Chinese sentences. */
  sentences: SentenceGroup[];
}
export interface TranslatedDigestParagraph extends AlignedDigestParagraph {
  en: string;
  flag: string | null;
  sentences: SentenceGroup[];
}
export type TranslatedTopic = TopicShape<TranslatedParagraph, TranslatedDigestParagraph, string>;

/** The translate stage's result: every paragraph, the ledes and the photo caption in English. */
export interface Translated extends Omit<Aligned, 'topics' | 'lede' | 'digestLede'> {
  topics: TranslatedTopic[];
  lede: TranslatedParagraph;
  digestLede: TranslatedParagraph;
  /** The English of the photo caption, if the digest has one. */
  captionEn: string | null;
}

/** The ID under which the photo caption's English is authored. */
export const CAPTION_ID = 'photo-caption';

/** A Chinese text that needs its English: its ID, where its translation belongs and where the text stands in its source. */
export interface TranslatedText {
  id: string;
  zh: string;
  /** The translation file the entry belongs in. */
  file: string;
  /** The source file and first source line of the text. */
  source: { file: string; line: number };
}

/** A translation entry whose English no longer renders the current Chinese, at the entry's line. */
export interface StaleTranslation {
  id: string;
  file: string;
  line: number;
  message: string;
  /** The current Chinese (null when the paragraph is gone). */
  zh: string | null;
  kind: 'unstamped' | 'changed' | 'removed';
}

const captionOf = (aligned: Aligned) => [...aligned.parsed.full.furniture, ...aligned.parsed.digest.furniture].find((f) => f.kind === 'photo-caption');

/** Every text of the content that needs its English, in reading order. */
export function translatedTexts(aligned: Aligned, translationsDir: string): TranslatedText[] {
  const conferenceFile = join(translationsDir, 'conference.yaml');
  const caption = captionOf(aligned);
  const at = (p: AlignedParagraph) => ({ file: p.provenance.file, line: p.provenance.lines[0] ?? 1 });
  return [
    { id: aligned.lede.id, zh: aligned.lede.zh, file: conferenceFile, source: at(aligned.lede) },
    { id: aligned.digestLede.id, zh: aligned.digestLede.zh, file: conferenceFile, source: at(aligned.digestLede) },
    ...(caption ? [{ id: CAPTION_ID, zh: caption.text, file: conferenceFile, source: { file: caption.file, line: caption.line } }] : []),
    ...aligned.topics.flatMap((t) => topicParagraphs(t).map(({ paragraph: p }) => ({ id: p.id, zh: p.zh, file: join(translationsDir, `${t.slug}.yaml`), source: at(p) }))),
  ];
}

const STAMP = 'review the English, then run `npm run translations:stamp`';

/**
 * The translation entries whose English may no longer render their Chinese:
 * never stamped, stamped for another text (the paragraph changed or moved), or
 * for a paragraph that no longer exists. Each names the entry's line and the
 * paragraph's source line, with the old and the new Chinese.
 */
export function staleTranslations(wanted: readonly TranslatedText[], translations: ReadonlyMap<string, TranslationRecord>): StaleTranslation[] {
  const problems: StaleTranslation[] = [];
  const ids = new Set(wanted.map((w) => w.id));
  for (const w of wanted) {
    const t = translations.get(w.id);
    if (!t) continue;
    const where = `${w.source.file}:${w.source.line}`;
    if (!t.fingerprint) {
      problems.push({ id: w.id, file: t.file, line: t.line, zh: w.zh, kind: 'unstamped', message: `“${w.id}”: the English has no fingerprint of the Chinese it renders (${where}: “${excerptOf(w.zh)}”): ${STAMP}` });
    } else if (!matches(t.fingerprint, w.zh)) {
      problems.push({
        id: w.id,
        file: t.file,
        line: t.line,
        zh: w.zh,
        kind: 'changed',
        message: `“${w.id}”: stale translation: the English renders “${t.fingerprint.excerpt}” (${t.fingerprint.hash}), but the paragraph now reads “${excerptOf(w.zh)}”, ending “${tailOf(w.zh)}” (${where}): ${STAMP}`,
      });
    }
  }
  for (const [id, t] of translations) {
    if (ids.has(id)) continue;
    const was = t.fingerprint ? `; it rendered “${t.fingerprint.excerpt}”` : '';
    problems.push({ id, file: t.file, line: t.line, zh: null, kind: 'removed', message: `“${id}” is not a paragraph ID of the current content (renamed or removed?)${was}` });
  }
  return problems;
}

/**
 * The translate stage: attach the authored English to every paragraph, after
 * checking that the translations cover the text exactly — every paragraph has
 * one, none names a paragraph that does not exist, each was stamped for the
 * paragraph's current Chinese (see staleTranslations), every Arabic number
 * of the Chinese appears in the English, and the English's sentence groups
 * cover the Chinese sentences exactly once, in order, each keeping the numbers
 * of its Chinese (see alignSentences).
 *
 * @param translationsDir the folder of the translation files, to name the file a missing translation belongs in
 * @throws SourceError naming the translation file (and line) to fix
 */
export function translate(aligned: Aligned, translations: ReadonlyMap<string, TranslationRecord>, translationsDir: string): Translated {
  const wanted = translatedTexts(aligned, translationsDir);
  for (const w of wanted) {
    if (!translations.has(w.id)) throw new SourceError(w.file, 1, `no English translation for paragraph “${w.id}” (${w.zh.slice(0, 20)}…)`);
  }
  const stale = staleTranslations(wanted, translations);
  if (stale.length) {
    const [first, ...rest] = stale;
    throw new SourceError(first!.file, first!.line, `${first!.message}${rest.map((p) => `\n${p.file}:${p.line}: ${p.message}`).join('')}`);
  }
  for (const w of wanted) {
    const t = translations.get(w.id)!;
    const missing = missingNumbers(w.zh, t.en);
    if (missing.length) throw new SourceError(t.file, t.line, `“${w.id}”: the English lacks the number(s) ${missing.join(', ')} of the Chinese`);
  }
  const sentences = new Map(wanted.filter((w) => w.id !== CAPTION_ID).map((w) => [w.id, alignSentences(w.id, w.zh, translations.get(w.id)!)]));
  const caption = captionOf(aligned);

  const english = <P extends AlignedParagraph>(p: P): P & { en: string; flag: string | null; sentences: SentenceGroup[] } => {
    const t = translations.get(p.id)!;
    return { ...p, en: t.en, flag: t.flag, sentences: sentences.get(p.id)! };
  };
  return {
    parsed: aligned.parsed,
    duplicates: aligned.duplicates,
    topics: aligned.topics.map((t) => mapTopic(t, { paragraph: english<AlignedParagraph>, digestParagraph: english<AlignedDigestParagraph>, zh: (z: string) => z })),
    lede: english(aligned.lede),
    digestLede: english(aligned.digestLede),
    captionEn: caption ? translations.get(CAPTION_ID)!.en : null,
  };
}
