/**
 * HTML validity gate: the Nu Html Checker (vnu.jar, Java) over every HTML
 * file in dist/, in one Java process (it is slow to start). Zero errors
 * expected; each failure lists file, line:column and the checker's message.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/views.ts';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
const DIST = resolve('dist');
const files = htmlFiles(DIST);

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error' | string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

let messages: VnuMessage[] = [];
let raw = '';

beforeAll(async () => {
  // vnu writes its JSON report to stderr and exits 1 when it finds errors.
  raw = await new Promise<string>((done, fail) => {
    execFile(
      'java',
      ['-Xss4m', '-jar', VNU, '--format', 'json', '--errors-only', ...files.map((f) => resolve(DIST, f))],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && !stderr.trim().startsWith('{')) fail(new Error(`vnu did not run: ${error.message}\n${stderr}`));
        else done(stderr);
      },
    );
  });
  messages = (JSON.parse(raw) as { messages: VnuMessage[] }).messages;
}, 180_000);

/** dist-relative path of a message's file (`file:/…/dist/topics/x/index.html` → `topics/x/index.html`). */
const fileOf = (m: VnuMessage): string => (m.url ? fileURLToPath(m.url).slice(DIST.length + 1) : '(no file)');

const describeMessage = (m: VnuMessage): string => {
  const line = m.lastLine ?? m.firstLine;
  const col = m.firstColumn ?? m.lastColumn;
  const extract = m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}` : '';
  return `${fileOf(m)}:${line ?? '?'}:${col ?? '?'} ${m.message}${extract}`;
};

describe('vnu (Nu Html Checker) over every built HTML file', () => {
  it('checked every file, with no checker or I/O failures', () => {
    expect(files.length).toBeGreaterThan(0);
    const broken = messages.filter((m) => m.type === 'non-document-error' || (m.type === 'error' && !m.url));
    expect(broken.map(describeMessage), 'vnu could not check some input').toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const errors = messages.filter((m) => m.type === 'error' && m.url && fileOf(m) === file);
    expect(errors.map(describeMessage), `HTML errors in dist/${file}`).toEqual([]);
  });
});
