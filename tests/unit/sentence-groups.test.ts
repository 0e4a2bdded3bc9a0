import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { alignSources } from '../../src/lib/align/aligned.ts';
import { DEFAULT_PATHS, loadAuthored } from '../../src/lib/load/authored.ts';
import { parseSources } from '../../src/lib/parse/parse.ts';
import { splitSentences } from '../../src/lib/parse/sentences.ts';
import { writeSentenceGroups } from '../../src/lib/translate/group-file.ts';
import { proposeGroups, splitEnglishSentences } from '../../src/lib/translate/propose-groups.ts';
import { alignSentences } from '../../src/lib/translate/sentence-groups.ts';
import { translate } from '../../src/lib/translate/translate.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';
import { fingerprintOf, formatFingerprint } from '../../src/lib/translate/fingerprint.ts';
import { editedPaths } from '../helpers/authored.ts';
import { edition } from '../helpers/edition.ts';

// Loading the authored material reads every data file: allow for a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** A paragraph of three Chinese sentences, the second with a number. */
const ZH = '中美关系关乎两国人民福祉。今年是中美建交45周年。我们愿同各方一道！';
const FP = formatFingerprint(fingerprintOf(ZH));

/** The translation record of `t-a1` as loadAuthored reads it from a file of the given entry body (indented under `t-a1:`). */
function record(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pc-sg-'));
  writeFileSync(join(dir, 't.yaml'), `# t\nt-a1:\n  fingerprint: ${FP}\n${body}`);
  const r = loadAuthored({ ...DEFAULT_PATHS, translationsDir: dir }).translations.get('t-a1')!;
  return { file: join(dir, 't.yaml'), align: () => alignSentences('t-a1', ZH, r), record: r };
}

const group = (zh: string | number, en: string) => `    - zh: ${zh}\n      en: ${en}\n`;
// Lines of the file: 1 comment, 2 key, 3 fingerprint, 4 `en:`, then two lines per group (5, 7, 9, …).
const ONE = group(1, 'It bears on the two peoples.');
const TWO = group(2, 'This year marks the 45th anniversary. It is a milestone.');
const THREE = group(3, 'We stand ready to work with all.');

describe('sentence groups of a paragraph', () => {
  it('align 1:1 and 1:n groups with code-point ranges of the Chinese and UTF-16 ranges of the English', () => {
    const { align, record: r } = record(`  en:\n${ONE}${TWO}${THREE}`);
    expect(r.en).toBe('It bears on the two peoples. This year marks the 45th anniversary. It is a milestone. We stand ready to work with all.');
    const groups = align();
    expect(groups.map((g) => [g.n, g.sentences, g.zh, r.en.slice(g.en.from, g.en.to)])).toEqual([
      [1, { first: 1, last: 1 }, { from: 0, to: 13 }, 'It bears on the two peoples.'],
      [2, { first: 2, last: 2 }, { from: 13, to: 25 }, 'This year marks the 45th anniversary. It is a milestone.'],
      [3, { first: 3, last: 3 }, { from: 25, to: 34 }, 'We stand ready to work with all.'],
    ]);
  });

  it('align an n:1 group over several Chinese sentences', () => {
    const groups = record(`  en:\n${ONE}${group('2-3', 'In this 45th year we stand ready to work with all.')}`).align();
    expect(groups.map((g) => [g.sentences, g.zh])).toEqual([
      [{ first: 1, last: 1 }, { from: 0, to: 13 }],
      [{ first: 2, last: 3 }, { from: 13, to: 34 }],
    ]);
  });

  it('fail for a gap, at the line of the group after it', () => {
    const { file, align } = record(`  en:\n${ONE}${THREE}`);
    expect(align).toThrow(`${file}:7: “t-a1”, sentence group 3: Chinese sentence 2 is rendered by no group (“今年是中美建交45周年。”)`);
  });

  it('fail for Chinese sentences left over at the end, at the line of the last group', () => {
    const { file, align } = record(`  en:\n${ONE}`);
    expect(align).toThrow(`${file}:5: “t-a1”, sentence group 1: Chinese sentences 2-3 are rendered by no group`);
  });

  it('fail for an overlap, at the line of the group that repeats a sentence', () => {
    const { file, align } = record(`  en:\n${group('1-2', 'Both, with its 45th year.')}${TWO}${THREE}`);
    expect(align).toThrow(`${file}:7: “t-a1”, sentence group 2: Chinese sentence 2 is already rendered by the group before`);
  });

  it('fail for a sentence number beyond the paragraph, or a range that runs backwards', () => {
    expect(record(`  en:\n${ONE}${TWO}${group('3-4', 'We stand ready.')}`).align).toThrow(/t\.yaml:9: “t-a1”, sentence group 3-4: the paragraph has only 3 Chinese sentences$/);
    expect(record(`  en:\n${ONE}${group('3-2', 'All of it, 45 years.')}`).align).toThrow(/t\.yaml:7: “t-a1”, sentence group 3-2: the range runs backwards \(write 2-3\)$/);
  });

  it('fail for a number of the Chinese that its group’s English lost, even when another group has it', () => {
    const { file, align } = record(`  en:\n${group(1, 'It bears on the two peoples, 45 years on.')}${group(2, 'This year marks an anniversary.')}${THREE}`);
    expect(align).toThrow(`${file}:7: “t-a1”, sentence group 2: the English of the group lacks the number(s) 45 of its Chinese (“今年是中美建交45周年。”)`);
  });

  it('fail for a group without English, at its line', () => {
    expect(() => record(`  en:\n${ONE}    - zh: 2\n      en: ""\n${THREE}`)).toThrow(/t\.yaml:7: “t-a1”: the sentence group of Chinese sentence 2 has no English$/);
  });

  it('fail for one English string given to a paragraph of several sentences', () => {
    const { file, align } = record('  en: It bears on the two peoples in the 45th year, and we stand ready.\n');
    expect(align).toThrow(`${file}:2: “t-a1”: the Chinese has 3 sentences, but the English is one string`);
  });

  it('fail a changed Chinese sentence through the paragraph’s fingerprint, at the entry’s line', () => {
    const authored = loadAuthored(DEFAULT_PATHS);
    const aligned = alignSources(parseSources(authored.sources, authored.conference.data.speaker.zh), authored.topics, authored.outlets);
    const topic = aligned.topics.find((t) => t.slug === 'china-us')!;
    const a4 = topic.answer!.paragraphs[3]!;
    const [, second] = splitSentences(a4.zh);
    // One character of the second sentence changes.
    a4.zh = a4.zh.slice(0, second!.from) + a4.zh.slice(second!.from).replace('深刻', '全面');
    const line = authored.translations.get('china-us-a4')!.line;
    expect(() => translate(aligned, authored.translations, authored.translationsDir)).toThrow(new RegExp(`^content/translations/china-us\\.yaml:${line}: “china-us-a4”: stale translation`));
  });
});

describe('sentence groups of the real text', () => {
  const paragraphs = [edition.lede, edition.digestLede, ...edition.topics.flatMap(topicParagraphList)];
  const authored = loadAuthored(DEFAULT_PATHS);

  it('align every Chinese sentence of every paragraph, the groups tiling both texts', () => {
    expect(paragraphs.length).toBeGreaterThan(100);
    for (const p of paragraphs) {
      const chars = [...p.zh.hans];
      const sentences = splitSentences(p.zh.hans);
      const edges = new Set(sentences.map((s) => [...p.zh.hans.slice(0, s.to)].length));
      expect(p.sentences.at(-1)!.zh.to, p.id).toBe(chars.length);
      p.sentences.forEach((s, i) => {
        expect(s.id, p.id).toBe(`${p.id}-s${i + 1}`);
        expect(s.zh.from, p.id).toBe(i === 0 ? 0 : p.sentences[i - 1]!.zh.to);
        // A group ends where a Chinese sentence ends.
        expect(edges.has(s.zh.to), s.id).toBe(true);
      });
      expect(p.sentences.map((s) => p.en.slice(s.en.from, s.en.to)).join(' '), p.id).toBe(p.en);
    }
  });

  it('have the English of each paragraph, joined from its groups, equal to the paragraph’s English', () => {
    for (const p of paragraphs) {
      const r = authored.translations.get(p.id)!;
      expect(r.groups ? r.groups.map((g) => g.en).join(' ') : r.en, p.id).toBe(p.en);
      if (!r.groups) expect(splitSentences(p.zh.hans), p.id).toHaveLength(1);
    }
  });

  it('give every sentence an anchor no other paragraph or sentence has', () => {
    const ids = paragraphs.flatMap((p) => p.sentences.map((s) => s.id)).filter((id) => !id.startsWith('digest-lede-') && !id.startsWith('lede-'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(300);
  });
});

describe('proposing sentence groups (npm run translations:split)', () => {
  it('cuts English into sentences at . ? ! before a capital, a digit, a quote or a bracket, keeping closing quotes', () => {
    expect(splitEnglishSentences('He said "No." Then  he left? 70 years on! "Yes," she said. (SCO) held it.')).toEqual(['He said "No."', 'Then he left?', '70 years on!', '"Yes," she said.', '(SCO) held it.']);
    // Not before a lower-case word.
    expect(splitEnglishSentences('The U.S. side agreed.')).toEqual(['The U.S. side agreed.']);
    expect(splitEnglishSentences('One sentence, no end')).toEqual(['One sentence, no end']);
  });

  it('match the reviewed groups of every paragraph of the real text', () => {
    const authored = loadAuthored(DEFAULT_PATHS);
    for (const p of [edition.lede, edition.digestLede, ...edition.topics.flatMap(topicParagraphList)]) {
      const r = authored.translations.get(p.id)!;
      const reviewed = r.groups ?? [{ zh: { first: 1, last: 1 }, en: r.en }];
      const proposed = proposeGroups(splitSentences(p.zh.hans).map((s) => s.text), splitEnglishSentences(r.en));
      expect(proposed?.map((g) => [g.first, g.last, g.en]), p.id).toEqual(reviewed.map((g) => [g.zh.first, g.zh.last, g.en]));
    }
  });

  it('propose n:1 groups where the English merges Chinese sentences, and keep numbers with their sentences', () => {
    expect(proposeGroups(['中美关系关乎两国人民福祉。', '今年是中美建交45周年。', '我们愿同各方一道！'], ['It bears on the two peoples.', 'This year marks the 45th anniversary, and we stand ready to work with all.'])).toEqual([
      { first: 1, last: 1, en: 'It bears on the two peoples.' },
      { first: 2, last: 3, en: 'This year marks the 45th anniversary, and we stand ready to work with all.' },
    ]);
    expect(proposeGroups([], ['x'])).toBeNull();
  });

  it('write the groups into a file in place of one English string, bare or in an entry, changing nothing else', () => {
    const text = '# t\nt-a1: >-\n  One. Two.\nt-a2:\n  fingerprint: 0123456789ab 你好…\n  en: >-\n    Three. Four.\n  flag: A note.\nt-a3: Untouched.\n';
    const out = writeSentenceGroups(
      text,
      new Map([
        ['t-a1', [{ first: 1, last: 1, en: 'One.' }, { first: 2, last: 2, en: 'Two.' }]],
        ['t-a2', [{ first: 1, last: 2, en: 'Three. Four.' }]],
      ]),
    );
    expect(out).toBe('# t\nt-a1:\n  en:\n    - zh: 1\n      en: >-\n        One.\n    - zh: 2\n      en: >-\n        Two.\nt-a2:\n  fingerprint: 0123456789ab 你好…\n  en:\n    - zh: 1-2\n      en: >-\n        Three. Four.\n  flag: A note.\nt-a3: Untouched.\n');
    expect(() => writeSentenceGroups(text, new Map([['t-a1', [{ first: 1, last: 2, en: 'One. Three.' }]]]))).toThrow('writing the groups changed the English of “t-a1”');
  });

  it('run from the translations script on an entry written as one string, giving back the reviewed groups', () => {
    const joined = (t: string) => t.replace(/^china-us-a4:\n(  fingerprint: .*\n)  en:\n((?: {4}.*\n| {6}.*\n| {8}.*\n)+)/m, (_, fp: string, list: string) => {
      const en = [...list.matchAll(/^ {8}(.*)$/gm)].map((m) => m[1]).join(' ');
      return `china-us-a4:\n${fp}  en: >-\n    ${en}\n`;
    });
    const p = editedPaths({ 'translations/china-us.yaml': joined });
    const file = join(p.translationsDir, 'china-us.yaml');
    const before = readFileSync(file, 'utf8');
    expect(before).toMatch(/^china-us-a4:\n  fingerprint: .*\n  en: >-\n {4}Last November/m);
    expect(() => loadAuthored(p)).not.toThrow();
    const r = spawnSync(process.execPath, ['scripts/translations.ts', '--split', '--full', p.fullTranscript, '--digest', p.digest, '--data', p.dataDir, '--translations', p.translationsDir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/china-us\.yaml:\d+: “china-us-a4”: check these 3 groups\n {2}1 {2}去年11月/);
    expect(r.stdout).toMatch(/\nsplit 1 entry: check each group against its Chinese\n$/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync('content/translations/china-us.yaml', 'utf8'));
  });
});
