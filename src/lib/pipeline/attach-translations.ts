import { join } from 'node:path';
import type { ConferenceOut, ParagraphOut, TopicOut } from './output-schema.ts';
import { checkCoverage, loadTranslations, type Translatable } from './translations.ts';

/** A paragraph as assembled, before its English is attached. */
type Bare = Omit<ParagraphOut, 'en' | 'flag'> & Partial<Pick<ParagraphOut, 'en' | 'flag'>>;

/**
 * Load the English translations, check that they cover every paragraph
 * exactly (see checkCoverage), and attach `en` and `flag` to each paragraph
 * of the topics and the conference record, in place.
 */
export function attachTranslations(topics: TopicOut[], conference: ConferenceOut, dir: string): void {
  const targets: { paragraph: Bare; file: string }[] = [];
  for (const topic of topics) {
    const file = join(dir, `${topic.slug}.yaml`);
    for (const p of [...(topic.question?.paragraphs ?? []), ...(topic.answer?.paragraphs ?? []), ...(topic.digest?.paragraphs ?? [])]) {
      targets.push({ paragraph: p, file });
    }
  }
  const conferenceFile = join(dir, 'conference.yaml');
  targets.push({ paragraph: conference.lede, file: conferenceFile }, { paragraph: conference.digestLede, file: conferenceFile });
  const caption = conference.furniture.find((f) => f.kind === 'photo-caption');

  const translations = loadTranslations(dir);
  const translatable: Translatable[] = targets.map((t) => ({ id: t.paragraph.id, zh: t.paragraph.zh, expectedFile: t.file }));
  if (caption) translatable.push({ id: 'photo-caption', zh: caption.text, expectedFile: conferenceFile });
  checkCoverage(translatable, translations);

  for (const { paragraph } of targets) {
    const t = translations.get(paragraph.id)!;
    paragraph.en = t.en;
    paragraph.flag = t.flag;
  }
  if (caption) caption.en = translations.get('photo-caption')!.en;
}
