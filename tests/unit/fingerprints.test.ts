import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { alignSources } from '../../src/lib/align/aligned.ts';
import { placeCorrections } from '../../src/lib/annotate/corrections.ts';
import { buildEdition } from '../../src/lib/edition/build-edition.ts';
import { DEFAULT_PATHS, loadAuthored } from '../../src/lib/load/authored.ts';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import { parseSources } from '../../src/lib/parse/parse.ts';
import { excerptOf, fingerprintOf, formatFingerprint, parseFingerprint } from '../../src/lib/translate/fingerprint.ts';
import { stampCorrectionsFile, stampTranslationFile } from '../../src/lib/translate/stamp.ts';
import { staleTranslations, translatedTexts } from '../../src/lib/translate/translate.ts';
import { correctionsSchema } from '../../src/schemas/corrections.ts';
import { editedPaths } from '../helpers/authored.ts';

// Several cases load and build the whole content: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000 });

/** The last commit before the translations and corrections were stamped. */
const BEFORE_STAMPING = 'e4dd59198dbae8c782f3158de88a15ac02239bc9';
const TR_DIR = DEFAULT_PATHS.translationsDir;
const CORRECTIONS = join(DEFAULT_PATHS.dataDir, 'corrections.yaml');
const FULL_FILE = 'sources/full-transcript.txt';

const englishOf = (v: unknown) => (typeof v === 'string' ? v : (v as { en: string }).en);

describe('fingerprints', () => {
  it('are 12 hexadecimal digits of the SHA-256 of the text, with its first 20 characters', () => {
    const f = fingerprintOf('中美关系关乎两国人民福祉，关乎人类和世界前途命运。');
    expect(f.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(f.excerpt).toBe('中美关系关乎两国人民福祉，关乎人类和世界…');
    expect(excerptOf('短句。')).toBe('短句。');
    expect(parseFingerprint(formatFingerprint(f))).toEqual(f);
    expect(fingerprintOf('中美关系。').hash).not.toBe(fingerprintOf('中美关系！').hash);
    expect(parseFingerprint('not a hash')).toBeNull();
  });
});

describe('stamping a YAML file', () => {
  const stamp = (zh: string) => formatFingerprint(fingerprintOf(zh));

  it('turns bare English into fingerprint + en, and writes or replaces the field of an object entry, changing no English', () => {
    const text = '# head\na-q1: >-\n  One line\n  folded.\na-a1: "Quoted: yes."\na-a2:\n  en: >-\n    Two.\n  flag: Note.\na-a3:\n  fingerprint: 000000000000 旧\n  en: Three.\nb-a1: Untouched.\n';
    const out = stampTranslationFile(text, new Map([['a-q1', stamp('问题？')], ['a-a1', stamp('甲')], ['a-a2', stamp('乙')], ['a-a3', stamp('丙')]]));
    expect(out).toBe(
      `# head\na-q1:\n  fingerprint: ${stamp('问题？')}\n  en: >-\n    One line\n    folded.\na-a1:\n  fingerprint: ${stamp('甲')}\n  en: "Quoted: yes."\na-a2:\n  fingerprint: ${stamp('乙')}\n  en: >-\n    Two.\n  flag: Note.\na-a3:\n  fingerprint: ${stamp('丙')}\n  en: Three.\nb-a1: Untouched.\n`,
    );
    const [before, after] = [parse(text), parse(out)];
    for (const id of Object.keys(before)) expect(englishOf(after[id]), id).toBe(englishOf(before[id]));
  });

  it('writes a correction’s fingerprint on the line after its paragraph, leaving the other fields alone', () => {
    const text = '# c\n- id: one\n  paragraph: x-a1\n  source: "甲"\n- id: two\n  paragraph: x-a2\n  fingerprint: 000000000000 旧\n  source: "乙"\n';
    const out = stampCorrectionsFile(text, new Map([[0, stamp('甲乙')], [1, stamp('乙丙')]]));
    expect(out).toBe(`# c\n- id: one\n  paragraph: x-a1\n  fingerprint: ${stamp('甲乙')}\n  source: "甲"\n- id: two\n  paragraph: x-a2\n  fingerprint: ${stamp('乙丙')}\n  source: "乙"\n`);
  });
});

describe('the stamped content', () => {
  it('has a current fingerprint on every translation and every correction', () => {
    const authored = loadAuthored();
    const aligned = alignSources(parseSources(authored.sources, authored.conference.data.speaker.zh), authored.topics, authored.outlets);
    const wanted = translatedTexts(aligned, authored.translationsDir);
    expect(authored.translations.size).toBe(112);
    expect([...authored.translations.values()].every((t) => t.fingerprint !== null)).toBe(true);
    expect(staleTranslations(wanted, authored.translations)).toEqual([]);
    expect(authored.corrections.data.length).toBeGreaterThan(0);
    const texts = new Map(wanted.map((w) => [w.id, w.zh]));
    for (const c of authored.corrections.data) expect(parseFingerprint(c.fingerprint!)?.hash, c.id).toBe(fingerprintOf(texts.get(c.paragraph)!).hash);
  });

  /** An entry's English as one whitespace-normalised text, its sentence groups joined. */
  const englishText = (en: string | { en: string }[]) => (typeof en === 'string' ? en : en.map((g) => g.en).join(' ')).trim().replace(/\s+/g, ' ');

  // The stamping was one commit after BEFORE_STAMPING; without the history (a shallow clone) this cannot be compared.
  const history = spawnSync('git', ['cat-file', '-e', `${BEFORE_STAMPING}^{commit}`]).status === 0;
  it.skipIf(!history)('changed no English and no correction: only fingerprints were added', () => {
    const old = (path: string) => parse(execFileSync('git', ['show', `${BEFORE_STAMPING}:${path}`], { encoding: 'utf8' }));
    const files = readdirSync(TR_DIR).filter((f) => f.endsWith('.yaml'));
    let entries = 0;
    for (const f of files) {
      const [before, after] = [old(join(TR_DIR, f)), parse(readFileSync(join(TR_DIR, f), 'utf8'))];
      expect(Object.keys(after), f).toEqual(Object.keys(before));
      for (const id of Object.keys(before)) {
        const { fingerprint, ...rest } = typeof after[id] === 'string' ? { en: after[id] } : after[id];
        expect(fingerprint, id).toMatch(/^[0-9a-f]{12} /);
        // Since then the English has been cut into sentence groups: joined, it is the same text.
        const joined = { ...rest, en: englishText(rest.en) };
        const was = typeof before[id] === 'string' ? { en: before[id] } : before[id];
        expect(joined, id).toEqual({ ...was, en: englishText(was.en) });
        entries++;
      }
    }
    expect(entries).toBe(112);
    const [before, after] = [old(CORRECTIONS), parse(readFileSync(CORRECTIONS, 'utf8'))];
    expect(after.map(({ fingerprint: _, ...rest }: Record<string, unknown>) => rest)).toEqual(before);
  });
});

describe('a changed source makes its English stale', () => {
  const build = (edit: (t: string) => string) => () => buildEdition(loadAuthored(editedPaths({ [FULL_FILE]: edit })));

  it('fails when two answer paragraphs are swapped, at both translation entries and both source lines, with old and new Chinese', () => {
    const swap = (t: string) => {
      const lines = t.split('\n');
      const a = lines.findIndex((l) => l.startsWith('我们将更加自信自立'));
      const b = lines.findIndex((l, i) => i > a && l.trim() !== '');
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    };
    const fails = build(swap);
    expect(fails).toThrow(/^.*chinas-diplomacy\.yaml:\d+: “chinas-diplomacy-a4”: stale translation: the English renders “我们将更加自信自立/);
    expect(fails).toThrow(/but the paragraph now reads “我们将更加开放包容.*full-transcript\.txt:19\)/s);
    expect(fails).toThrow(/\n.*chinas-diplomacy\.yaml:\d+: “chinas-diplomacy-a5”: stale translation: the English renders “我们将更加开放包容.*full-transcript\.txt:21\)/);
  });

  /** The last paragraph of the last answer, or the digest's paragraph that abridges it, cut after its n-th sentence. */
  const cutAfterSentence = (start: string, n: number) => (t: string) => {
    const lines = t.split('\n');
    const last = lines.findLastIndex((l) => l.startsWith(start));
    const text = lines[last]!;
    let end = -1;
    for (let i = 0; i < n; i++) end = text.indexOf('。', end + 1);
    lines[last] = text.slice(0, end + 1);
    expect(lines[last]!.length).toBeLessThan(text.length);
    return lines.join('\n');
  };

  it('fails when the last answer is cut at a sentence end', () => {
    // The parse stage may see the cut first (the digest abridges the lost sentence); either way the build stops.
    expect(build(cutAfterSentence('中国对与各国开展人工智能合作', 2))).toThrow(/stale translation|cut short/);
    // With the digest cut to match, nothing but the fingerprints can tell: both paragraphs' English is stale.
    const both = () =>
      buildEdition(loadAuthored(editedPaths({ [FULL_FILE]: cutAfterSentence('中国对与各国开展人工智能合作', 2), 'sources/digest.txt': cutAfterSentence('人工智能大国之间的合作很重要', 1) })));
    expect(both).toThrow(/artificial-intelligence\.yaml:\d+: “artificial-intelligence-a\d+”: stale translation: .*ending “…[^”]*也很重要。” \(.*full-transcript\.txt:\d+\)/);
    expect(both).toThrow(/artificial-intelligence\.yaml:\d+: “artificial-intelligence-d\d+”: stale translation: .*\(.*digest\.txt:\d+\)/);
  });

  it('fails for a correction whose paragraph changed, at the correction’s line', () => {
    const yaml = (fingerprint: string) => parseYaml(`- id: says\n  paragraph: p1\n  fingerprint: ${fingerprint}\n  source: 总是是一套\n  corrected: 总是说一套\n  kind: typo\n  certainty: probable\n  evidence: e\n  note: n\n`, 'c.yaml', correctionsSchema);
    const printed = '美国如果总是是一套、做一套，大国的信誉何在？';
    const texts = new Map([['p1', printed]]);
    expect(placeCorrections(yaml(formatFingerprint(fingerprintOf(printed))), texts).get('p1')).toHaveLength(1);
    expect(() => placeCorrections(yaml(formatFingerprint(fingerprintOf('美国如果总是是一套。'))), texts, new Map([['p1', { file: 'f.txt', line: 7 }]]))).toThrow(
      /^c\.yaml:1: “says”: stale correction: it was made for p1 reading “美国如果总是是一套。” \([0-9a-f]{12}\), but the paragraph now reads “美国如果总是是一套、做一套，大国的信誉何…”, ending “…做一套，大国的信誉何在？” \(f\.txt:7\)/,
    );
  });

  it('needs every authored correction stamped', () => {
    const unstamped = editedPaths({ 'data/corrections.yaml': (t) => t.replace(/^ {2}fingerprint: .*\n/m, '') });
    expect(() => loadAuthored(unstamped)).toThrow(/corrections\.yaml:\d+: “party-works-for-the-people” has no fingerprint of its paragraph opening-remarks-p1/);
    expect(() => loadAuthored(unstamped, { allowUnstamped: true })).not.toThrow();
  });
});

describe('the translations script', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['scripts/translations.ts', ...args], { encoding: 'utf8' });
  const paths = (p: ReturnType<typeof editedPaths>) => ['--full', p.fullTranscript, '--digest', p.digest, '--data', p.dataDir, '--translations', p.translationsDir];

  it('finds nothing stale in the committed content', () => {
    const r = run(['--stale']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('no stale entries\n');
  });

  it('lists the stale entries of a changed source, then re-stamps them without touching the English', () => {
    const p = editedPaths({ [FULL_FILE]: (t) => t.replace('我们将更加自信自立', '我们将更加自信自强') });
    const stale = run(['--stale', ...paths(p)]);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/chinas-diplomacy\.yaml:\d+: “chinas-diplomacy-a4”: stale translation/);
    expect(stale.stdout).toMatch(/\n1 stale entry\n$/);
    const file = join(p.translationsDir, 'chinas-diplomacy.yaml');
    const before = parse(readFileSync(file, 'utf8'));
    const stamped = run(['--stamp', ...paths(p)]);
    expect(stamped.status, stamped.stderr).toBe(0);
    expect(stamped.stdout).toMatch(/^stamped 1 entry in .*chinas-diplomacy\.yaml\n$/);
    const after = parse(readFileSync(file, 'utf8'));
    expect(after['chinas-diplomacy-a4'].en).toEqual(before['chinas-diplomacy-a4'].en);
    expect(after['chinas-diplomacy-a4'].fingerprint).not.toBe(before['chinas-diplomacy-a4'].fingerprint);
    expect(run(['--stale', ...paths(p)]).status).toBe(0);
  });

  it('answers misuse with the usage', () => {
    for (const args of [[], ['--stale', '--stamp'], ['--nope'], ['--stale', 'x'], ['--stamp', 'no-such-id']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/\nusage: node scripts\/translations\.ts /);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
