import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The spell checker (cspell, British English with Oxford -ize spelling) over
// the authored English: the real content passes with no issue, and American
// or -ise spellings are caught. Runs the same command as `npm run spell`.

const ROOT = resolve('.');
const CONFIG = join(ROOT, 'cspell.config.yaml');
const CSPELL = join(ROOT, 'node_modules', 'cspell', 'bin.mjs');
const SPELL_ARGS = ['--no-progress', '--no-summary', '-c', CONFIG];

function cspell(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CSPELL, ...SPELL_ARGS, ...args], { cwd, encoding: 'utf8', timeout: 180_000 });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

const CRAFTED: Record<string, string> = {
  'american.yaml': 'a: The neighborhood honored its color and labor, toward the center of the program.\n',
  'ise.yaml': 'a: The organisation will recognise the globalisation of modernisation.\n',
  'british.yaml': [
    'a: The neighbourhood honoured its colour and labour, towards the centre of the programme; organization, globalization, modernization, analyse.',
    'b: At the Media Center, the Shanghai Cooperation Organisation met.',
    'c: 中国人民在南海世代生活劳作，Zhōngguó rénmín.',
    '- id: a-close-neighbor-is-better-than-a-distant-relative',
    '  pinyin: "yuǎnqīn bùrú jìnlín"',
    '',
  ].join('\n'),
};

const scratch = mkdtempSync(join(tmpdir(), 'pc-spell-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let crafted: { file: string; word: string }[] | null = null;
/** The words cspell reports in a crafted file (all crafted files are checked in one run). */
function flagged(name: string): string[] {
  if (!crafted) {
    for (const [file, text] of Object.entries(CRAFTED)) writeFileSync(join(scratch, file), text);
    const { output } = cspell(Object.keys(CRAFTED), scratch);
    crafted = [...output.matchAll(/^(.+?):\d+:\d+ - .*\((.+?)\)$/gm)].map((m) => ({ file: m[1]!, word: m[2]! }));
    // american.yaml always has issues: none at all means cspell did not check the files.
    if (crafted.length === 0) throw new Error(`cspell reported nothing for the crafted files: ${output}`);
  }
  return crafted.filter((c) => c.file === name).map((c) => c.word);
}

describe('spelling', () => {
  it('is the npm script the docs name', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.spell).toBe('cspell --no-progress --no-summary -c cspell.config.yaml "content/translations/*.yaml" "content/data/*.yaml" "content/pages/*.md"');
  });

  it('finds no issue in the translations, data and pages', () => {
    const { status, output } = cspell(['content/translations/*.yaml', 'content/data/*.yaml', 'content/pages/*.md'], ROOT);
    expect(output).toBe('');
    expect(status).toBe(0);
  }, 200_000);

  it('flags American spellings the British dictionary lacks, and those it lets through', () => {
    expect(flagged('american.yaml')).toEqual(['neighborhood', 'honored', 'color', 'labor', 'toward', 'center', 'program']);
  }, 200_000);

  it('flags -ise spellings (Oxford spelling uses -ize)', () => {
    expect(flagged('ise.yaml')).toEqual(['organisation', 'recognise', 'globalisation', 'modernisation']);
  }, 200_000);

  it('accepts British Oxford spelling, proper names with their own spelling, Chinese, pinyin and IDs', () => {
    expect(flagged('british.yaml')).toEqual([]);
  }, 200_000);
});
