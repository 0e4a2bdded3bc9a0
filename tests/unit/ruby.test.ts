import { describe, expect, it } from 'vitest';
import { NO_READING, readPinyin } from '../../src/lib/reading/pinyin.ts';
import { rubyHtml, wordRanges } from '../../src/utils/ruby.ts';

const ruby = (text: string) => rubyHtml(text, readPinyin(text), wordRanges(text));

describe('ruby markup', () => {
  it('groups the syllables of a word in one <ruby>, one <rt> per character with its tone', () => {
    expect(ruby('人类')).toBe('<ruby>人<rt class="t2" aria-hidden="true">rén</rt>类<rt class="t4" aria-hidden="true">lèi</rt></ruby>');
  });

  it('never annotates punctuation, digits or Latin letters', () => {
    const html = ruby('CGTN记者：2023年。');
    expect(html.startsWith('CGTN<ruby>')).toBe(true);
    expect(html).toContain('</ruby>：2023<ruby>');
    expect(html.endsWith('</ruby>。')).toBe(true);
    expect(html.match(/<rt /g)).toHaveLength(3);
  });

  it('annotates every Chinese character exactly once', () => {
    const text = '中方愿同俄方一道，进一步培育合作新动能。';
    const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(ruby(text).match(/<rt /g)).toHaveLength(han);
  });

  it('escapes markup in the source text, so it shows as text', () => {
    const text = '<script>alert(1)</script>中国';
    const html = rubyHtml(text, [...text].map((c) => (c === '中' ? 'zhōng' : c === '国' ? 'guó' : NO_READING)), wordRanges(text));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses readings that do not match the characters', () => {
    expect(() => rubyHtml('中国', ['zhōng'], wordRanges('中国'))).toThrow(/2 characters but 1 readings/);
  });
});
