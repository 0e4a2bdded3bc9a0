import { join } from 'node:path';
import type { TranslationRecord } from '../load/authored.ts';
import { SourceError } from '../load/errors.ts';
import { mapTopic, topicParagraphs, type TopicShape } from '../../schemas/topic-model.ts';
import type { Aligned, AlignedDigestParagraph, AlignedParagraph } from '../align/aligned.ts';
import { missingNumbers } from './numbers.ts';

/** A paragraph with its English. */
export interface TranslatedParagraph extends AlignedParagraph {
  en: string;
  /** Translator's flag where the source is faulty: what it reads and how it was read. */
  flag: string | null;
}
export interface TranslatedDigestParagraph extends AlignedDigestParagraph {
  en: string;
  flag: string | null;
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

/**
 * The translate stage: attach the authored English to every paragraph, after
 * checking that the translations cover the text exactly — every paragraph has
 * one, none names a paragraph that does not exist, and every Arabic number of
 * the Chinese appears in the English.
 *
 * @param translationsDir the folder of the translation files, to name the file a missing translation belongs in
 * @throws SourceError naming the translation file (and line) to fix
 */
export function translate(aligned: Aligned, translations: ReadonlyMap<string, TranslationRecord>, translationsDir: string): Translated {
  const conferenceFile = join(translationsDir, 'conference.yaml');
  const caption = [...aligned.parsed.full.furniture, ...aligned.parsed.digest.furniture].find((f) => f.kind === 'photo-caption');
  const wanted: { id: string; zh: string; file: string }[] = [
    { id: aligned.lede.id, zh: aligned.lede.zh, file: conferenceFile },
    { id: aligned.digestLede.id, zh: aligned.digestLede.zh, file: conferenceFile },
    ...(caption ? [{ id: CAPTION_ID, zh: caption.text, file: conferenceFile }] : []),
    ...aligned.topics.flatMap((t) => topicParagraphs(t).map(({ paragraph: p }) => ({ id: p.id, zh: p.zh, file: join(translationsDir, `${t.slug}.yaml`) }))),
  ];
  const ids = new Set(wanted.map((w) => w.id));
  for (const w of wanted) {
    const t = translations.get(w.id);
    if (!t) throw new SourceError(w.file, 1, `no English translation for paragraph “${w.id}” (${w.zh.slice(0, 20)}…)`);
    const missing = missingNumbers(w.zh, t.en);
    if (missing.length) throw new SourceError(t.file, t.line, `“${w.id}”: the English lacks the number(s) ${missing.join(', ')} of the Chinese`);
  }
  for (const [id, t] of translations) {
    if (!ids.has(id)) throw new SourceError(t.file, t.line, `“${id}” is not a paragraph ID of the current content (renamed or removed?)`);
  }

  const english = <P extends AlignedParagraph>(p: P): P & { en: string; flag: string | null } => {
    const t = translations.get(p.id)!;
    return { ...p, en: t.en, flag: t.flag };
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
