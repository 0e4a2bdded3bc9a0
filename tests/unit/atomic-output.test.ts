import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const failOn = vi.hoisted(() => ({ rename: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    // Fail the swap of the new link over the current one, to test that the previous output stays.
    renameSync: (from: string, to: string) => {
      if (failOn.rename && from.includes('.build-new-')) throw new Error('simulated rename failure');
      return fs.renameSync(from, to);
    },
  };
});
import { BUILDS_DIR, currentBuild, editionFiles, OUTPUT_STEPS, writeOutputAtomically } from '../../src/lib/edition/emit.ts';
import { builtDictionary, edition } from '../helpers/edition.ts';

const output = (tag: string) => ({ topics: new Map([['a.md', `${tag} a`], ['b.md', `${tag} b`]]), generated: new Map([['edition.json', `${tag} edition`]]) });

/** What the output root holds: the build the link names, read whole; null when there is no output yet. */
function readOutput(root: string): { topics: Record<string, string>; edition: string } | null {
  if (!existsSync(join(root, 'build'))) return null;
  const topics = Object.fromEntries(readdirSync(join(root, 'build', 'topics')).sort().map((f) => [f, readFileSync(join(root, 'build', 'topics', f), 'utf8')]));
  return { topics, edition: readFileSync(join(root, 'build', 'generated', 'edition.json'), 'utf8') };
}

const whole = (tag: string) => ({ topics: { 'a.md': `${tag} a`, 'b.md': `${tag} b` }, edition: `${tag} edition` });

/** Only the link and the one build it names. */
function expectClean(root: string) {
  expect(readdirSync(root).sort()).toEqual([BUILDS_DIR, 'build']);
  expect(lstatSync(join(root, 'build')).isSymbolicLink()).toBe(true);
  expect(readdirSync(join(root, BUILDS_DIR)).map((id) => join(BUILDS_DIR, id))).toEqual([readlinkSync(join(root, 'build'))]);
}

function previous(tag = 'old') {
  const root = mkdtempSync(join(tmpdir(), 'pc-out-'));
  writeOutputAtomically(root, output(tag));
  return root;
}

describe('writing the output', () => {
  it('makes the new build the output through the link, and removes the previous build', () => {
    const root = previous();
    const before = currentBuild(root);
    writeOutputAtomically(root, output('new'));
    expect(readOutput(root)).toEqual(whole('new'));
    expect(currentBuild(root)).not.toBe(before);
    expectClean(root);
  });

  it('creates the output on a first build, with the edition document, its dictionary subset and one Markdown file per topic', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'pc-out-')), 'content');
    const dictionary = builtDictionary();
    writeOutputAtomically(root, editionFiles({ edition, dictionary }));
    expectClean(root);
    expect(readdirSync(join(root, 'build', 'topics')).sort()).toEqual(edition.topics.map((t) => `${t.slug}.md`).sort());
    expect(readdirSync(join(root, 'build', 'generated')).sort()).toEqual(['dictionary.json', 'edition.json']);
    expect(JSON.parse(readFileSync(join(root, 'build', 'generated', 'edition.json'), 'utf8'))).toEqual(edition);
    expect(JSON.parse(readFileSync(join(root, 'build', 'generated', 'dictionary.json'), 'utf8'))).toEqual(dictionary);
  });

  it('leaves the previous output whole when a write fails half-way, and the failed build leaves nothing behind', () => {
    const root = previous();
    // The second folder's file name is not a valid file name: the write fails after the first folder was written.
    const bad = new Map([['sub/dir/missing.json', 'x']]);
    expect(() => writeOutputAtomically(root, { topics: new Map([['new.md', 'new topic']]), generated: bad })).toThrow();
    expect(readOutput(root)).toEqual(whole('old'));
    expectClean(root);
  });

  it('leaves the previous output whole when the swap fails', () => {
    const root = previous();
    failOn.rename = true;
    try {
      expect(() => writeOutputAtomically(root, output('new'))).toThrow(/simulated rename failure/);
    } finally {
      failOn.rename = false;
    }
    expect(readOutput(root)).toEqual(whole('old'));
    expectClean(root);
  });

  it('removes the leftovers of interrupted runs and of the former layout at the next start', () => {
    const root = previous();
    for (const d of ['.output-new-x1', '.output-old-x2', join(BUILDS_DIR, 'stale-build', 'topics'), 'topics', 'generated']) mkdirSync(join(root, d), { recursive: true });
    writeFileSync(join(root, '.output-new-x1', 'edition.json'), 'x');
    writeOutputAtomically(root, output('new'));
    expect(readOutput(root)).toEqual(whole('new'));
    expectClean(root);
  });

  it('leaves alone the build of another process still writing to the same root', () => {
    const root = previous();
    const other = join(root, BUILDS_DIR, `20260101T000000-${process.ppid}-abc123`);
    mkdirSync(join(other, 'topics'), { recursive: true });
    writeOutputAtomically(root, output('new'));
    expect(existsSync(other)).toBe(true);
    expect(readOutput(root)).toEqual(whole('new'));
  });

  it('refuses to replace an output folder that is not its link', () => {
    const root = mkdtempSync(join(tmpdir(), 'pc-out-'));
    mkdirSync(join(root, 'build'));
    expect(() => writeOutputAtomically(root, output('new'))).toThrow(/is not the output's link/);
  });
});

describe('a build killed while it writes its output', { timeout: 60_000 }, () => {
  const emit = pathToFileURL(resolve('src/lib/edition/emit.ts')).href;
  /** Write `tag`'s output to `root` in a child process that kills itself (SIGKILL) after the step `at`. */
  function killedAt(root: string, tag: string, at: string) {
    const code = `
      import { writeOutputAtomically } from ${JSON.stringify(emit)};
      const [root, tag, at] = process.argv.slice(1);
      const files = { topics: new Map([['a.md', tag + ' a'], ['b.md', tag + ' b']]), generated: new Map([['edition.json', tag + ' edition']]) };
      writeOutputAtomically(root, files, (step) => { if (step === at) process.kill(process.pid, 'SIGKILL'); });`;
    return spawnSync(process.execPath, ['--input-type=module', '-e', code, root, tag, at], { encoding: 'utf8' });
  }

  for (const step of OUTPUT_STEPS) {
    it(`after “${step}” leaves the old or the new output whole, and the next run cleans up`, () => {
      const root = previous();
      const run = killedAt(root, 'new', step);
      expect(run.signal, run.stderr).toBe('SIGKILL');
      const seen = readOutput(root);
      // Before the swap the old output is the output; from the swap on, the new one.
      const swapped = OUTPUT_STEPS.indexOf(step) >= OUTPUT_STEPS.indexOf('swapped');
      expect(seen).toEqual(whole(swapped ? 'new' : 'old'));
      writeOutputAtomically(root, output('next'));
      expect(readOutput(root)).toEqual(whole('next'));
      expectClean(root);
    });
  }

  it('on a first build leaves either no output or the whole new one', () => {
    for (const step of ['writing', 'linked', 'swapped']) {
      const root = join(mkdtempSync(join(tmpdir(), 'pc-out-')), 'content');
      expect(killedAt(root, 'new', step).signal).toBe('SIGKILL');
      expect(readOutput(root)).toEqual(step === 'swapped' ? whole('new') : null);
    }
  });

  it('the content build script kills itself at the step CONTENT_BUILD_KILL_AT names', () => {
    const root = previous();
    const run = spawnSync(process.execPath, ['scripts/build-content.ts', '--out', root], { encoding: 'utf8', env: { ...process.env, CONTENT_BUILD_KILL_AT: 'linked' } });
    expect(run.signal, run.stderr).toBe('SIGKILL');
    expect(readOutput(root)).toEqual(whole('old'));
    expect(readdirSync(root).sort()).toEqual([expect.stringMatching(/^\.build-new-\d{8}T\d{6}-\d+-\w+$/), BUILDS_DIR, 'build']);
    const bad = spawnSync(process.execPath, ['scripts/build-content.ts', '--out', root], { encoding: 'utf8', env: { ...process.env, CONTENT_BUILD_KILL_AT: 'nowhere' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/CONTENT_BUILD_KILL_AT must be one of cleaned, writing/);
  });
});
