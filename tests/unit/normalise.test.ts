import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/lib/load/errors.ts';
import { normaliseSource } from '../../src/lib/parse/normalise.ts';
import { parseSources } from '../../src/lib/parse/parse.ts';
import { FULL } from '../helpers/authored.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('normalising a source file', () => {
  it('gives the same lines for a file saved with a BOM and CRLF line ends', () => {
    const original = readFileSync(FULL, 'utf8');
    const windows = enc(`\uFEFF${original.replace(/\n/g, '\r\n')}`);
    const a = normaliseSource(enc(original), 'a.txt', 'full');
    const b = normaliseSource(windows, 'b.txt', 'full');
    expect(b.lines).toEqual(a.lines);
    expect(b.changes).toEqual(expect.arrayContaining(['removed byte-order mark', 'converted CRLF/CR line ends to LF']));
  });

  it('trims trailing, leading and full-width spaces and folds runs of spaces, keeping line numbers', () => {
    const n = normaliseSource(enc('标题\n\n\u3000\u3000王毅：你好。  \n甲\u00A0\u00A0乙 丙\t\n'), 'x.txt', 'full');
    expect(n.lines).toEqual(['标题', '', '王毅：你好。', '甲 乙 丙']);
    expect(n.changes.join(' ')).toMatch(/trimmed .* 2 line/);
  });

  it('refuses an empty file, naming it', () => {
    expect(() => normaliseSource(new Uint8Array(), 'empty.txt', 'full')).toThrow('empty.txt:1: the file is empty');
  });

  it('refuses a file of white space only', () => {
    expect(() => normaliseSource(enc(' \n\u3000\n\n'), 'blank.txt', 'digest')).toThrow(/blank\.txt:1: the file holds only white space/);
  });

  it('refuses invalid UTF-8 and names the line of the first bad byte', () => {
    const bytes = new Uint8Array([...enc('第一行\n第二行\n'), 0xff, 0xfe, 0x00]);
    const error = catchError(() => normaliseSource(bytes, 'bad.txt', 'full'));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toBe('bad.txt:3: the file is not valid UTF-8 text');
  });

  it('refuses binary content (control characters) and names the line', () => {
    const bytes = enc('标题\n正文\u0000\u0001\u0002\n');
    expect(() => normaliseSource(bytes, 'bin.dat', 'full')).toThrow(/bin\.dat:2: .*binary/);
  });

  it('is applied by the parse stage to each source on its own, which records what it changed', () => {
    const full = enc('\uFEFF标题\r\n\r\n新华社北京3月7日电 导语。\r\n\r\n王毅：大家好。\r\n\r\n甲报记者：问题？\r\n\r\n王毅：回答。\r\n');
    const digest = enc('标题\n\n导语。\n\n谈甲\n\n正文。\n');
    const parsed = parseSources({ full: { file: 'f.txt', bytes: full }, digest: { file: 'd.txt', bytes: digest } }, '王毅');
    expect(parsed.normalisation.full).toEqual(expect.arrayContaining(['removed byte-order mark', 'converted CRLF/CR line ends to LF']));
    expect(parsed.normalisation.digest).toEqual([]);
    expect(parsed.normalised.full.lines[0]).toBe('标题');
    expect(parsed.full.units[0]).toMatchObject({ outlet: '甲报', answer: [{ text: '回答。', provenance: { file: 'f.txt', lines: [9] } }] });
    expect(parsed.digest.sections[0]!.headingLine).toBe(5);
    // A fault in one source names that source.
    expect(() => parseSources({ full: { file: 'f.txt', bytes: full }, digest: { file: 'd.txt', bytes: new Uint8Array() } }, '王毅')).toThrow(/^d\.txt:1: the file is empty/);
  });

  it('refuses traditional script, naming the script and the first line it is on', () => {
    const bytes = enc('标题\n\n新華社北京3月7日電 記者會舉行。\n\n王毅：我們對國際關係的看法。\n');
    expect(() => normaliseSource(bytes, 't.txt', 'full')).toThrow(/^t\.txt:3: the text is in traditional Chinese script \(繁體字 such as 華、電、記/);
    // One traditional character in simplified text is not a script.
    expect(() => normaliseSource(enc('标题\n\n正文里有一个國字。\n'), 's.txt', 'full')).not.toThrow();
  });

  it('refuses half-width punctuation throughout, but not a stray half-width mark', () => {
    expect(() => normaliseSource(enc('标题\n\n新华社北京3月7日电 记者会举行.\n\n王毅:大家好,很高兴见面.\n'), 'h.txt', 'full')).toThrow(/^h\.txt:3: the punctuation is half-width throughout/);
    expect(() => normaliseSource(enc('标题\n\n大家好,很高兴见面。\n'), 'm.txt', 'full')).not.toThrow();
    // Decimal points and per cent signs are not punctuation.
    expect(() => normaliseSource(enc('标题\n\n增速5.2%的经济。\n'), 'd.txt', 'full')).not.toThrow();
  });

  it('converts full-width digits (and a point or per cent sign between them) to ASCII, and says so', () => {
    const source = normaliseSource(enc('标题\n\n去年增速５．２％，贡献２０２３年全球增长。\n'), 'f.txt', 'full');
    expect(source.lines[2]).toBe('去年增速5.2%，贡献2023年全球增长。');
    expect(source.changes).toContain('converted full-width digits to ASCII on 1 line(s)');
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}
