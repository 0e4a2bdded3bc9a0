/**
 * The information floor of a reading page: brotli and gzip of its plain
 * information — the Chinese in one script, the English, and one pinyin
 * syllable per Han character — with no markup, computed from the edition
 * document (content/build/generated/edition.json).
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { topicParagraphList } from '../../../src/schemas/edition-model.ts';
import type { Edition, EditionParagraph, EditionTopic, ZhString } from '../../../src/schemas/edition.ts';

/** Brotli at quality 11 (as scripts/precompress.ts writes `.br`), bytes. */
export const brotli = (data: string | Buffer): number => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** Gzip at level 9, bytes. */
export const gzip = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** A page's plain information and its compressed sizes. */
export interface Floor {
  /** The page's URL path (`/topics/<slug>/`, `/hant/transcript/`). */
  page: string;
  script: 'hans' | 'hant';
  hanChars: number;
  enWords: number;
  raw: number;
  brotli: number;
  gzip: number;
}

const HAN = /\p{Script=Han}/u;

/** The plain text of some Chinese strings and English: all the Chinese, then all the English, then the pinyin, a line each. */
export function plainInformation(zh: readonly ZhString[], en: readonly string[], script: 'hans' | 'hant'): { text: string; hanChars: number; enWords: number } {
  let hanChars = 0;
  const pinyin = zh.map((z) => {
    const chars = [...z.hans];
    const syllables = z.pinyin.split(' ');
    const kept = chars.flatMap((c, i) => (HAN.test(c) && syllables[i] && syllables[i] !== '-' ? [syllables[i]] : []));
    hanChars += chars.filter((c) => HAN.test(c)).length;
    return kept.join(' ');
  });
  const text = [zh.map((z) => z[script]).join('\n'), en.join('\n'), pinyin.join('\n')].join('\n');
  return { text, hanChars, enWords: en.join(' ').split(/\s+/).filter(Boolean).length };
}

const paragraphsText = (ps: readonly EditionParagraph[]) => ({ zh: ps.map((p) => p.zh), en: ps.map((p) => p.en) });

/** The paragraphs a topic page shows: its title, question, answer and digest. */
function topicInformation(topic: EditionTopic): { zh: ZhString[]; en: string[] } {
  const { zh, en } = paragraphsText(topicParagraphList(topic));
  return { zh: [topic.title.zh, ...zh], en: [topic.title.en, ...en] };
}

/**
 * What the transcript shows (src/components/TranscriptBody.astro): the
 * title, the lede, and each topic's title with its question and answer, or
 * for a topic known only from the digest, its digest.
 */
function transcriptInformation(edition: Edition): { zh: ZhString[]; en: string[] } {
  const zh: ZhString[] = [edition.title.zh, edition.lede.zh];
  const en: string[] = [edition.facts.title.en, edition.lede.en];
  for (const t of edition.topics) {
    const shown = t.kind === 'digest-only' ? topicParagraphList(t) : [...(t.question?.paragraphs ?? []), ...(t.answer?.paragraphs ?? [])];
    zh.push(t.title.zh, ...shown.map((p) => p.zh));
    en.push(t.title.en, ...shown.map((p) => p.en));
  }
  return { zh, en };
}

/** Read the edition document. */
export const readEdition = (file: string): Edition => JSON.parse(readFileSync(file, 'utf8')) as Edition;

/** The floor of every topic page and of the transcript, in simplified (`/…`) and traditional (`/hant/…`) script. */
export function informationFloors(edition: Edition): Floor[] {
  const pages: { path: string; info: { zh: ZhString[]; en: string[] } }[] = [
    ...edition.topics.map((t) => ({ path: `topics/${t.slug}/`, info: topicInformation(t) })),
    { path: 'transcript/', info: transcriptInformation(edition) },
  ];
  return (['hans', 'hant'] as const).flatMap((script) =>
    pages.map(({ path, info }) => {
      const { text, hanChars, enWords } = plainInformation(info.zh, info.en, script);
      return { page: `/${script === 'hant' ? 'hant/' : ''}${path}`, script, hanChars, enWords, raw: Buffer.byteLength(text), brotli: brotli(text), gzip: gzip(text) };
    }),
  );
}
