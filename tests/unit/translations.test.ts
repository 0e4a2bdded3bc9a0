import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { alignSources, type Aligned } from '../../src/lib/align/aligned.ts';
import { DEFAULT_PATHS, loadAuthored, type TranslationRecord } from '../../src/lib/load/authored.ts';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import { parseSources } from '../../src/lib/parse/parse.ts';
import { missingNumbers } from '../../src/lib/translate/numbers.ts';
import { fingerprintOf } from '../../src/lib/translate/fingerprint.ts';
import { CAPTION_ID, translate } from '../../src/lib/translate/translate.ts';
import { outletsSchema } from '../../src/schemas/outlets.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';
import { topicsSchema } from '../../src/schemas/topics.ts';
import { edition } from '../helpers/edition.ts';

// Loading the authored material reads every data file: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const enc = (s: string) => new TextEncoder().encode(s);
const HEAD = '标题\n\n新华社北京3月7日电 导语。\n\n王毅：大家好。\n\n';
const FULL_TEXT = `${HEAD}甲报记者：问题？\n\n王毅：去年，双方贸易额达到2400亿美元。\n\n我们愿同各国一道。\n`;
const DIGEST_TEXT = '标题\n\n导语。\n\n谈甲\n\n去年，双方贸易额达到2400亿美元。\n';
const CAPTION = '\n3月7日，王毅回答记者提问。\n新华社记者 某某/摄\n';

/** A small crafted conference, through the parse and align stages: the input of the translate stage. */
function aligned(digest = DIGEST_TEXT): Aligned {
  const parsed = parseSources({ full: { file: 'f.txt', bytes: enc(FULL_TEXT) }, digest: { file: 'd.txt', bytes: enc(digest) } }, '王毅');
  const topics = parseYaml('opening: { slug: opening, titleZh: 开场白, titleEn: O, summaryEn: O. }\nquestions:\n  1: { slug: topic, titleEn: T, summaryEn: T. }\ndigestOnly: {}\n', 't.yaml', topicsSchema);
  const outlets = parseYaml('甲报: { en: Jia Bao, country: China, countryZh: 中国, region: China, kind: newspaper }\n', 'o.yaml', outletsSchema);
  return alignSources(parsed, topics, outlets);
}

/** The crafted conference's Chinese by paragraph ID, which the records are stamped for. */
const ZH: Record<string, string> = {
  lede: '导语。',
  'digest-lede': '导语。',
  'opening-p1': '大家好。',
  'topic-q1': '问题？',
  'topic-a1': '去年，双方贸易额达到2400亿美元。',
  'topic-a2': '我们愿同各国一道。',
  'topic-d1': '去年，双方贸易额达到2400亿美元。',
  [CAPTION_ID]: '3月7日，王毅回答记者提问。',
};

/** Translation records as loadAuthored makes them, one per line of a file, in order, stamped for the crafted Chinese (or `stamps`). */
function records(entries: Record<string, string | { en: string; flag: string }>, file = 'tr/topic.yaml', stamps: Record<string, string | null> = {}): Map<string, TranslationRecord> {
  return new Map(
    Object.entries(entries).map(([id, e], i) => {
      const entry = typeof e === 'string' ? { en: e } : e;
      const zh: string | null = id in stamps ? (stamps[id] ?? null) : (ZH[id] ?? id);
      return [id, { en: entry.en, groups: null, flag: typeof e === 'string' ? null : e.flag, fingerprint: zh === null ? null : fingerprintOf(zh), entry: e, file, line: i + 1 }];
    }),
  );
}

const COMPLETE = {
  lede: 'Lede.',
  'digest-lede': 'Digest lede.',
  'opening-p1': 'Hello, everyone.',
  'topic-q1': 'A question?',
  'topic-a1': { en: 'Last year, trade reached US$240 billion.', flag: 'The source reads 达到.' },
  'topic-a2': 'Together with all countries.',
  'topic-d1': 'Last year, trade reached US$240 billion.',
};

describe('the translate stage', () => {
  it('attaches the authored English and flag to every paragraph, leaving its input unchanged', () => {
    const input = aligned();
    const before = structuredClone(input);
    const translated = translate(input, records(COMPLETE), 'tr');
    expect(input).toEqual(before);
    const topic = translated.topics.find((t) => t.slug === 'topic')!;
    expect(topic.answer!.paragraphs.map((p) => [p.id, p.zh, p.en, p.flag])).toEqual([
      ['topic-a1', '去年，双方贸易额达到2400亿美元。', 'Last year, trade reached US$240 billion.', 'The source reads 达到.'],
      ['topic-a2', '我们愿同各国一道。', 'Together with all countries.', null],
    ]);
    expect(topic.digest!.paragraphs[0]).toMatchObject({ id: 'topic-d1', en: COMPLETE['topic-d1'], spans: [{ paragraph: 'topic-a1' }] });
    expect([translated.lede.en, translated.digestLede.en, translated.captionEn]).toEqual(['Lede.', 'Digest lede.', null]);
    expect(translated.duplicates).toEqual(input.duplicates);
  });

  it('fails for a paragraph with no translation, naming the file it belongs in', () => {
    const { 'topic-a2': _, ...partial } = COMPLETE;
    expect(() => translate(aligned(), records(partial), 'tr')).toThrow(`${join('tr', 'topic.yaml')}:1: no English translation for paragraph “topic-a2” (我们愿同各国一道。…)`);
    const { lede: __, ...noLede } = COMPLETE;
    expect(() => translate(aligned(), records(noLede), 'tr')).toThrow(`${join('tr', 'conference.yaml')}:1: no English translation for paragraph “lede”`);
  });

  it('fails for a translation whose paragraph no longer exists, at its line', () => {
    const stale = records({ ...COMPLETE, 'topic-a9': 'Stale.' });
    expect(() => translate(aligned(), stale, 'tr')).toThrow(/^tr\/topic\.yaml:8: “topic-a9” is not a paragraph ID of the current content \(renamed or removed\?\); it rendered “topic-a9”$/);
  });

  it('fails for a translation stamped for other Chinese, or never stamped, naming the entry, the source line and both texts', () => {
    const moved = records(COMPLETE, 'tr/topic.yaml', { 'topic-a2': '去年，双方贸易额达到2400亿美元。' });
    expect(() => translate(aligned(), moved, 'tr')).toThrow(
      /^tr\/topic\.yaml:6: “topic-a2”: stale translation: the English renders “去年，双方贸易额达到2400亿美元。” \([0-9a-f]{12}\), but the paragraph now reads “我们愿同各国一道。”, ending “我们愿同各国一道。” \(f\.txt:11\): review the English, then run `npm run translations:stamp`$/,
    );
    const unstamped = records(COMPLETE, 'tr/topic.yaml', { 'topic-q1': null });
    expect(() => translate(aligned(), unstamped, 'tr')).toThrow(/^tr\/topic\.yaml:4: “topic-q1”: the English has no fingerprint of the Chinese it renders \(f\.txt:7: “问题？”\)/);
  });

  it('checks fingerprints before numbers: the English of a moved paragraph is stale, not short of a number', () => {
    const swapped = records({ ...COMPLETE, 'topic-a1': COMPLETE['topic-a2'], 'topic-a2': COMPLETE['topic-a1'] }, 'tr/topic.yaml', { 'topic-a1': ZH['topic-a2']!, 'topic-a2': ZH['topic-a1']! });
    expect(() => translate(aligned(), swapped, 'tr')).toThrow(/^tr\/topic\.yaml:5: “topic-a1”: stale translation.*\ntr\/topic\.yaml:6: “topic-a2”: stale translation/s);
  });

  it('fails when a number of the Chinese is missing from the English, at the translation’s line', () => {
    const wrong = records({ ...COMPLETE, 'topic-a1': 'Last year, trade reached a record.' });
    expect(() => translate(aligned(), wrong, 'tr')).toThrow(/^tr\/topic\.yaml:5: “topic-a1”: the English lacks the number\(s\) 2400亿 of the Chinese$/);
  });

  it('needs the English of a photo caption, with its numbers', () => {
    const withCaption = aligned(DIGEST_TEXT + CAPTION);
    expect(() => translate(withCaption, records(COMPLETE), 'tr')).toThrow(`${join('tr', 'conference.yaml')}:1: no English translation for paragraph “${CAPTION_ID}”`);
    expect(() => translate(withCaption, records({ ...COMPLETE, [CAPTION_ID]: 'Wang Yi answers questions.' }), 'tr')).toThrow(/^tr\/topic\.yaml:8: “photo-caption”: the English lacks the number\(s\) 3月, 7 of the Chinese$/);
    const translated = translate(withCaption, records({ ...COMPLETE, [CAPTION_ID]: 'On March 7, Wang Yi answers questions.' }), 'tr');
    expect(translated.captionEn).toBe('On March 7, Wang Yi answers questions.');
  });
});

describe('reading the translation files', () => {
  function load(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'pc-tr-'));
    for (const [name, yaml] of Object.entries(files)) writeFileSync(join(dir, name), yaml);
    return () => loadAuthored({ ...DEFAULT_PATHS, translationsDir: dir }).translations;
  }

  it('keys every entry by its paragraph ID, with file, line and flag', () => {
    const map = load({ 'b.yaml': 'b-a1: Two.\n', 'a.yaml': '# note\na-a1: One.\na-a2:\n  en: "  Spread\n    over lines. "\n  flag: The source reads 乎.\n' })();
    expect([...map.keys()]).toEqual(['a-a1', 'a-a2', 'b-a1']);
    expect(map.get('a-a2')).toMatchObject({ en: 'Spread over lines.', flag: 'The source reads 乎.', line: 3 });
    expect(map.get('b-a1')).toMatchObject({ en: 'Two.', flag: null, fingerprint: null, line: 1 });
    const stamped = load({ 'c.yaml': 'c-a1:\n  fingerprint: 0123456789ab 你好…\n  en: Hello.\n' })();
    expect(stamped.get('c-a1')).toMatchObject({ en: 'Hello.', fingerprint: { hash: '0123456789ab', excerpt: '你好…' } });
    expect(load({ 'c.yaml': 'c-a1:\n  fingerprint: 0123 你好\n  en: Hello.\n' })).toThrow(/c\.yaml:1: “c-a1”: expected English text/);
    expect(map.get('b-a1')!.file).toMatch(/b\.yaml$/);
  });

  it('fail for an empty translation', () => {
    expect(load({ 'topic.yaml': 'topic-a1: Fine.\ntopic-a2: ""\n' })).toThrow(/topic\.yaml:2: “topic-a2”: the translation is empty/);
  });

  it('fail for English that still contains Chinese, unless explicitly allowed', () => {
    expect(load({ 'topic.yaml': 'topic-a1: The 中方 side.\n' })).toThrow(/topic\.yaml:1: “topic-a1”: the English still contains Chinese characters \(中方\)/);
    const allowed = load({ 'topic.yaml': 'topic-a1:\n  en: The name Wang Yi (王毅).\n  allowChinese: 王毅\n' })();
    expect(allowed.get('topic-a1')!.en).toBe('The name Wang Yi (王毅).');
    expect(load({ 'topic.yaml': 'topic-a1:\n  en: Wang Yi (王毅) of 中国.\n  allowChinese: 王毅\n' })).toThrow(/\(中国\)/);
  });

  it('fail for a paragraph translated twice, naming both places', () => {
    expect(load({ 'a.yaml': 'x-a1: One.\n', 'b.yaml': 'y-a1: Two.\nx-a1: Again.\n' })).toThrow(/b\.yaml:2: “x-a1” is translated twice \(also a\.yaml:1\)/);
  });

  it('fail for an entry that is neither text nor { en, flag }', () => {
    expect(load({ 'topic.yaml': 'topic-a1:\n  english: One.\n' })).toThrow(/topic\.yaml:1: “topic-a1”: expected English text, or \{ fingerprint, en, flag \}/);
  });
});

describe('English translations of the real content', () => {
  it('mark the paragraphs whose source is faulty, so they are easy to find', () => {
    const flagged = edition.topics.flatMap((t) => topicParagraphList(t).filter((p) => p.flag !== null).map((p) => p.id));
    expect(flagged).toEqual(expect.arrayContaining(['china-us-a5', 'neighbourhood-diplomacy-a6', 'ukraine-a1', 'south-china-sea-a3']));
  });

  it('translate the photo caption of the digest', () => {
    const caption = edition.furniture.find((f) => f.kind === 'photo-caption')!;
    expect(caption.source).toBe('digest');
    expect(caption.en).toMatch(/March 7|7 March/);
    for (const f of edition.furniture.filter((f) => f.kind !== 'photo-caption')) expect(f.en, f.kind).toBeNull();
  });
});

describe('numbers in the English', () => {
  it('accept numbers converted from 万 and 亿 and months written as names', () => {
    expect(missingNumbers('2400亿美元，1.7万列，14亿多人，10万平民，去年11月，3月14日', 'US$240 billion, 17,000 trains, 1.4 billion people, 100,000 civilians, last November, from March 14')).toEqual([]);
    expect(missingNumbers('31项', 'no more than 310 items')).toEqual(['31']);
    expect(missingNumbers('5.2%', 'growth of 5.25%')).toEqual(['5.2']);
  });
});
