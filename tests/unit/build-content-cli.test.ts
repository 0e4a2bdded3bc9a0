import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/lib/pipeline/run.ts';
import { DEFAULT_INPUT, DIGEST, FULL } from '../helpers/pipeline.ts';

const node = process.execPath;

function cli(args: string[]) {
  return spawnSync(node, ['scripts/build-content.ts', ...args], { encoding: 'utf8' });
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'pc-content-'));
  cpSync('content/data', join(dir, 'data'), { recursive: true });
  cpSync('content/translations', join(dir, 'translations'), { recursive: true });
  copyFileSync(FULL, join(dir, 'full.txt'));
  copyFileSync(DIGEST, join(dir, 'digest.txt'));
  return dir;
}

function args(dir: string, overrides: Record<string, string> = {}) {
  const a = { full: join(dir, 'full.txt'), digest: join(dir, 'digest.txt'), data: join(dir, 'data'), translations: join(dir, 'translations'), out: join(dir, 'out'), ...overrides };
  return Object.entries(a).flatMap(([k, v]) => [`--${k}`, v]);
}

describe('the content build script', () => {
  it('writes one Markdown file per topic and the conference record', () => {
    const dir = workspace();
    const run = cli(args(dir));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/content: 19 topics/);
    const files = readdirSync(join(dir, 'out', 'topics'));
    expect(files).toHaveLength(19);
    expect(files).toContain('china-us.md');
    const md = readFileSync(join(dir, 'out', 'topics', 'china-us.md'), 'utf8');
    expect(md).toMatch(/^---\nslug: china-us\n/);
    expect(md).toContain('**彭博社记者：**自去年中美元首旧金山会晤后');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'generated', 'conference.json'), 'utf8'))[0].id).toBe('conference');
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const a = runPipeline(DEFAULT_INPUT);
    const b = runPipeline(DEFAULT_INPUT);
    expect([...b.topicFiles]).toEqual([...a.topicFiles]);
    expect(b.conferenceJson).toBe(a.conferenceJson);
  });

  it('gives every question, answer and paragraph a unique ID', () => {
    const { topics, conference } = runPipeline(DEFAULT_INPUT);
    const ids = [conference.lede.id, conference.digestLede.id, ...topics.flatMap((t) => [
      t.slug,
      ...(t.question ? [t.question.id, ...t.question.paragraphs.map((p) => p.id)] : []),
      ...(t.answer ? [t.answer.id, ...t.answer.paragraphs.map((p) => p.id)] : []),
      ...(t.digest ? [t.digest.id, ...t.digest.paragraphs.map((p) => p.id)] : []),
    ])];
    expect(new Set(ids).size).toBe(ids.length);
  });

  const bad: [string, (dir: string) => Record<string, string>, RegExp][] = [
    ['a missing file', (dir) => ({ full: join(dir, 'nope.txt') }), /nope\.txt:1: no such file/],
    ['an empty file', (dir) => (writeFileSync(join(dir, 'empty.txt'), ''), { digest: join(dir, 'empty.txt') }), /empty\.txt:1: the file is empty/],
    ['binary garbage', (dir) => (writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])), { full: join(dir, 'bin.txt') }), /bin\.txt:1: the file is not valid UTF-8/],
    ['a question with no answer', (dir) => {
      const text = readFileSync(FULL, 'utf8').replace('王毅：中美关系关乎两国人民福祉', '中美关系关乎两国人民福祉');
      writeFileSync(join(dir, 'noanswer.txt'), text);
      return { full: join(dir, 'noanswer.txt') };
    }, /noanswer\.txt:47: the question from 彭博社 has no answer/],
    ['an outlet with no authored entry', (dir) => {
      writeFileSync(join(dir, 'outlet.txt'), readFileSync(FULL, 'utf8').replace('彭博社记者：', '路透社记者：'));
      return { full: join(dir, 'outlet.txt') };
    }, /outlets\.yaml:1: no entry for the outlet “路透社” \(.*outlet\.txt line 47\)/],
  ];

  for (const [what, setup, message] of bad) {
    it(`stops on ${what} with file and line, exit code 1, and leaves the previous output untouched`, () => {
      const dir = workspace();
      expect(cli(args(dir)).status).toBe(0);
      const before = readFileSync(join(dir, 'out', 'topics', 'china-us.md'), 'utf8');
      writeFileSync(join(dir, 'out', 'topics', 'marker.md'), 'previous output');
      const run = cli(args(dir, setup(dir)));
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(readFileSync(join(dir, 'out', 'topics', 'china-us.md'), 'utf8')).toBe(before);
      expect(readFileSync(join(dir, 'out', 'topics', 'marker.md'), 'utf8')).toBe('previous output');
      expect(readdirSync(join(dir, 'out')).sort()).toEqual(['generated', 'topics']);
    });
  }
});
