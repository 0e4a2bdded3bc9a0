import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { editionFiles } from '../../src/lib/edition/emit.ts';
import { DEFAULT_PATHS } from '../../src/lib/load/authored.ts';
import { topicSchema } from '../../src/schemas/edition.ts';
import { builtDictionary, edition } from '../helpers/edition.ts';
import { FULL } from '../helpers/authored.ts';

function cli(args: string[]) {
  return spawnSync(process.execPath, ['scripts/build-content.ts', ...args], { encoding: 'utf8' });
}

/** The flags of a run: the committed inputs (as the suite's shared edition was built from), unless overridden. */
function args(out: string, overrides: Record<string, string> = {}) {
  const a = {
    full: DEFAULT_PATHS.fullTranscript,
    digest: DEFAULT_PATHS.digest,
    data: DEFAULT_PATHS.dataDir,
    translations: DEFAULT_PATHS.translationsDir,
    ui: DEFAULT_PATHS.uiFile,
    pages: DEFAULT_PATHS.pagesDir,
    out,
    ...overrides,
  };
  return Object.entries(a).flatMap(([k, v]) => [`--${k}`, v]);
}

const STACK_FRAME = /^\s+at /m;

/** 1-based line of the first line of a file that is exactly `text`. */
const lineOf = (file: string, text: string) => readFileSync(file, 'utf8').split('\n').indexOf(text) + 1;

/** The output of one successful run, made once for the file (a run builds the whole edition). */
const root = join(mkdtempSync(join(tmpdir(), 'pc-cli-')), 'out');
/** The output as readers see it: through the link to the current build. */
const built = join(root, 'build');
let firstRun: ReturnType<typeof cli>;
beforeAll(() => {
  firstRun = cli(args(root));
}, 120_000);

/** A previous output (a copy of the successful run's) with a marker file, to show a failed run leaves it alone. */
function previousOutput() {
  const out = join(mkdtempSync(join(tmpdir(), 'pc-cli-out-')), 'out');
  cpSync(root, out, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(out, 'build', 'topics', 'marker.md'), 'previous output');
  return out;
}

function expectUntouched(out: string) {
  expect(readdirSync(out).sort()).toEqual(['.builds', 'build']);
  expect(readlinkSync(join(out, 'build'))).toBe(readlinkSync(join(root, 'build')));
  expect(readFileSync(join(out, 'build', 'topics', 'marker.md'), 'utf8')).toBe('previous output');
  expect(readFileSync(join(out, 'build', 'topics', 'china-us.md'), 'utf8')).toBe(readFileSync(join(built, 'topics', 'china-us.md'), 'utf8'));
  expect(readFileSync(join(out, 'build', 'generated', 'edition.json'), 'utf8')).toBe(readFileSync(join(built, 'generated', 'edition.json'), 'utf8'));
}

// Every case starts a Node process that loads the whole build: allow for a busy machine.
describe('the content build script', { timeout: 60_000 }, () => {
  it('writes the edition document, its dictionary subset and one Markdown file per topic, and prints the dictionary coverage', () => {
    expect(firstRun.status, firstRun.stderr).toBe(0);
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const generated = join(built, 'generated', '{edition.json,dictionary.json}');
    expect(firstRun.stdout).toMatch(
      new RegExp(`^content: 19 topics → ${esc(join(built, 'topics'))}, edition and dictionary → ${esc(generated)} \\(\\d+ ms\\)\\ndictionary: characters reaching an entry 100\\.00 % of \\d+; word occurrences with a word-level entry 9[7-9]\\.\\d\\d % of \\d+ \\(\\d+ words without one\\)\\n$`),
    );
    expect(readdirSync(root).sort()).toEqual(['.builds', 'build']);
    expect(readlinkSync(built)).toMatch(/^\.builds\/[^/]+$/);
    expect(readdirSync(built).sort()).toEqual(['generated', 'topics']);
    expect(readdirSync(join(built, 'generated')).sort()).toEqual(['dictionary.json', 'edition.json']);
    const files = readdirSync(join(built, 'topics'));
    expect(files).toHaveLength(19);
    expect(files).toContain('china-us.md');
    const md = readFileSync(join(built, 'topics', 'china-us.md'), 'utf8');
    expect(md).toMatch(/^---\nslug: china-us\n/);
    expect(md).toContain('# 谈中美关系 · On China–US relations');
    expect(md).toContain('**彭博社记者：**自去年中美元首旧金山会晤后');
    expect(md).toContain('**王毅：**中美关系关乎两国人民福祉');
  });

  it('gives each topic file the topic exactly as the edition has it, valid for the topic collection', () => {
    const written = JSON.parse(readFileSync(join(built, 'generated', 'edition.json'), 'utf8'));
    for (const topic of written.topics) {
      const md = readFileSync(join(built, 'topics', `${topic.slug}.md`), 'utf8');
      const front = parseYamlText(md.slice(4, md.indexOf('\n---\n') + 1));
      expect(front, topic.slug).toEqual(topic);
      expect(topicSchema.safeParse(front).success, topic.slug).toBe(true);
    }
  });

  it('is deterministic: another process building the same input wrote byte-identical output', () => {
    // The suite's shared edition was built from the same content in the setup process.
    expect(readFileSync(join(built, 'generated', 'edition.json'), 'utf8')).toBe(`${JSON.stringify(edition)}\n`);
    expect(readFileSync(join(built, 'generated', 'dictionary.json'), 'utf8')).toBe(`${JSON.stringify(builtDictionary())}\n`);
    for (const [name, text] of editionFiles({ edition, dictionary: builtDictionary() }).topics) expect(readFileSync(join(built, 'topics', name), 'utf8'), name).toBe(text);
  });

  const bad: [string, (dir: string) => Record<string, string>, (dir: string) => RegExp][] = [
    ['a missing file', (dir) => ({ full: join(dir, 'nope.txt') }), (dir) => new RegExp(`^error: ${join(dir, 'nope.txt')}:1: no such file\\n$`)],
    ['an empty file', (dir) => (writeFileSync(join(dir, 'empty.txt'), ''), { digest: join(dir, 'empty.txt') }), () => /^error: .*empty\.txt:1: the file is empty\n$/],
    [
      'binary garbage',
      (dir) => (writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])), { full: join(dir, 'bin.txt') }),
      () => /^error: .*bin\.txt:1: the file is not valid UTF-8/,
    ],
    [
      'a question with no answer',
      (dir) => {
        writeFileSync(join(dir, 'noanswer.txt'), readFileSync(FULL, 'utf8').replace('王毅：中美关系关乎两国人民福祉', '中美关系关乎两国人民福祉'));
        return { full: join(dir, 'noanswer.txt') };
      },
      () => /^error: .*noanswer\.txt:47: the question from 彭博社 has no answer/,
    ],
    [
      'an outlet with no authored entry',
      (dir) => {
        writeFileSync(join(dir, 'outlet.txt'), readFileSync(FULL, 'utf8').replace('彭博社记者：', '路透社记者：'));
        return { full: join(dir, 'outlet.txt') };
      },
      () => new RegExp(`^error: .*outlet\\.txt:47: the outlet “路透社” has no entry in ${join(DEFAULT_PATHS.dataDir, 'outlets.yaml')}: add it there`),
    ],
    ['a missing interface strings file', (dir) => ({ ui: join(dir, 'ui.yaml') }), (dir) => new RegExp(`^error: ${join(dir, 'ui.yaml')}:1: no such file`)],
    ['a data folder without topics.yaml', (dir) => (cpSync(DEFAULT_PATHS.dataDir, join(dir, 'data'), { recursive: true, filter: (f) => !f.endsWith('topics.yaml') }), { data: join(dir, 'data') }), (dir) => new RegExp(`^error: ${join(dir, 'data', 'topics.yaml')}:1: no such file`)],
    [
      'an invalid outlet entry, at its line',
      (dir) => (cpSync(DEFAULT_PATHS.dataDir, join(dir, 'data'), { recursive: true }), writeFileSync(join(dir, 'data', 'outlets.yaml'), readFileSync(join(DEFAULT_PATHS.dataDir, 'outlets.yaml'), 'utf8').replace('  kind: broadcaster', '  kind: television')), { data: join(dir, 'data') }),
      (dir) => new RegExp(`^error: ${join(dir, 'data', 'outlets.yaml')}:${lineOf(join(DEFAULT_PATHS.dataDir, 'outlets.yaml'), '  kind: broadcaster')}: .* at 中央广播电视总台央视\\.kind\\n$`),
    ],
    [
      'an invalid topic entry, at its line',
      (dir) => (cpSync(DEFAULT_PATHS.dataDir, join(dir, 'data'), { recursive: true }), writeFileSync(join(dir, 'data', 'topics.yaml'), readFileSync(join(DEFAULT_PATHS.dataDir, 'topics.yaml'), 'utf8').replace('    slug: china-us\n', '    slug: China US\n')), { data: join(dir, 'data') }),
      (dir) => new RegExp(`^error: ${join(dir, 'data', 'topics.yaml')}:${lineOf(join(DEFAULT_PATHS.dataDir, 'topics.yaml'), '    slug: china-us')}: .* at questions\\.4\\.slug\\n$`),
    ],
    [
      'a translation made for another paragraph (two answer paragraphs swapped), at the entry and the source line',
      (dir) => {
        const lines = readFileSync(FULL, 'utf8').split('\n');
        const a = lines.findIndex((l) => l.startsWith('我们将更加自信自立'));
        [lines[a], lines[a + 2]] = [lines[a + 2]!, lines[a]!];
        writeFileSync(join(dir, 'swapped.txt'), lines.join('\n'));
        return { full: join(dir, 'swapped.txt') };
      },
      () => /^error: .*chinas-diplomacy\.yaml:\d+: “chinas-diplomacy-a4”: stale translation: .*swapped\.txt:19\).*\n.*chinas-diplomacy\.yaml:\d+: “chinas-diplomacy-a5”: stale translation/,
    ],
    ['a missing translations folder', (dir) => ({ translations: join(dir, 'no-translations') }), (dir) => new RegExp(`^error: ${join(dir, 'no-translations')}:1: no such folder`)],
  ];

  for (const [what, setup, message] of bad) {
    it(`stops on ${what} with file and line, exit code 1, no stack trace, and leaves the previous output untouched`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'pc-cli-bad-'));
      const out = previousOutput();
      const run = cli(args(out, setup(dir)));
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(message(dir));
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.stdout).toBe('');
      expectUntouched(out);
    });
  }

  it('answers an unknown flag with the usage and exit code 2, no stack trace, and writes nothing', () => {
    const out = previousOutput();
    const run = cli([...args(out), '--outt', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: .*'--outt'/);
    expect(run.stderr).toMatch(/\nusage: node scripts\/build-content\.ts \[--full FILE\]\.\.\. .*\[--out DIR\]\n$/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toBe('');
    expectUntouched(out);
    // A flag without its value or with an empty one, a flag given twice (but --full, the parts of the transcript), and a stray argument, are usage errors too.
    for (const misuse of [['--full'], ['full.txt'], ['--full', ''], ['--out', out, '--out', out]]) {
      const r = cli(misuse);
      expect(r.status, misuse.join(' ')).toBe(2);
      expect(r.stderr, misuse.join(' ')).toMatch(/^error: .*\nusage: node scripts\/build-content\.ts /);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
    expect(cli(['--out', out, '--out', out]).stderr).toMatch(/^error: option '--out' given more than once\n/);
    // The same page given twice as the transcript's two parts is a source error: the first part must end in a continuation marker.
    const twice = cli(['--full', FULL, '--full', FULL, '--out', out]);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/full-transcript\.txt:\d+: /);
    expectUntouched(out);
  });

  it('joins a transcript given in two parts, page 1 and its continuation page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-parts-'));
    const parts = ['page1.txt', 'page4.txt'].map((f) => join('tests/fixtures/layouts/two-parts', f));
    const run = cli(['--full', parts[0]!, '--full', parts[1]!, '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const built = JSON.parse(readFileSync(join(dir, 'build', 'generated', 'edition.json'), 'utf8')) as { topics: unknown[]; furniture: { text: { hans: string } }[] };
    expect(built.topics.length).toBeGreaterThan(15);
    expect(built.furniture.map((f) => f.text.hans)).toEqual(expect.arrayContaining(['(上接第一版)']));
  });

  it('reports an output it cannot write with a plain message and exit code 1, no stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pc-cli-file-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const run = cli(args(join(file, 'out')));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: ENOTDIR: not a directory, mkdir '.*a-file\/out'\n$/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('prints the usage for --help', () => {
    const run = cli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: node scripts\/build-content\.ts /);
  });
});
