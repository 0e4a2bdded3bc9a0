import { describe, expect, it, vi } from 'vitest';
import { readPinyin } from '../../src/lib/annotate/pinyin.ts';
import { createZhAnnotator } from '../../src/lib/annotate/zh-annotator.ts';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import { NO_READING } from '../../src/schemas/pinyin.ts';
import { pinyinOverridesSchema, scriptOverridesSchema } from '../../src/schemas/reading-overrides.ts';
import { rubyHtml, wordRanges } from '../../src/utils/ruby.ts';

// src/utils/ui.ts reads the edition through Astro's content layer, which a unit test has not: fillZh needs none of it.
vi.mock('../../src/utils/edition.ts', () => ({ getEdition: () => Promise.reject(new Error('not in unit tests')) }));
const { fillZh } = await import('../../src/utils/ui.ts');

// Converting text loads OpenCC's and pinyin-pro's dictionaries: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const zhA = createZhAnnotator(parseYaml('[]', 'p.yaml', pinyinOverridesSchema), parseYaml('[]', 's.yaml', scriptOverridesSchema));
const ruby = (text: string) => {
  const z = zhA.zh(text);
  return rubyHtml(z.hans, z.pinyin.split(' '), wordRanges(z.words));
};
const withoutRt = (html: string) => html.replace(/<rt[^>]*>[^<]*<\/rt>/g, '');

describe('ruby markup', () => {
  it('groups the syllables of a word in one <ruby>, one <rt> per character with its tone', () => {
    expect(ruby('人类')).toBe('<ruby>人<rt class="t2" aria-hidden="true">rén</rt>类<rt class="t4" aria-hidden="true">lèi</rt></ruby>');
  });

  it('makes one <ruby> per word of the edition’s segmentation', () => {
    const readings = readPinyin('中美关系');
    expect(withoutRt(rubyHtml('中美关系', readings, wordRanges([2, 2])))).toBe('<ruby>中美</ruby><ruby>关系</ruby>');
    expect(withoutRt(rubyHtml('中美关系', readings, wordRanges([4])))).toBe('<ruby>中美关系</ruby>');
    // The traditional display takes the same readings and words.
    expect(withoutRt(rubyHtml('中美關係', readings, wordRanges([2, 2])))).toBe('<ruby>中美</ruby><ruby>關係</ruby>');
  });

  it('turns word lengths into consecutive ranges', () => {
    expect(wordRanges([2, 1, 3])).toEqual([[0, 2], [2, 3], [3, 6]]);
    expect(wordRanges([])).toEqual([]);
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

  it('wraps an annotation around its characters, cutting a word at its edges', () => {
    const text = '构建人类命运共同体。';
    const z = zhA.zh(text);
    const html = rubyHtml('構建人類命運共同體。', z.pinyin.split(' '), wordRanges(z.words), [{ from: 2, to: 9, open: '<a class="term">', close: '</a>' }]);
    expect(withoutRt(html)).toMatch(/^(<ruby>[^<]+<\/ruby>)+<a class="term">(<ruby>[^<]+<\/ruby>)+<\/a>。$/);
    expect(withoutRt(html).replace(/<\/?ruby>/g, '')).toBe('構建<a class="term">人類命運共同體</a>。');
    // A wrap that starts inside a word splits it.
    const cut = rubyHtml('中美关系', readPinyin('中美关系'), wordRanges([4]), [{ from: 1, to: 3, open: '[', close: ']' }]);
    expect(withoutRt(cut)).toBe('<ruby>中</ruby>[<ruby>美关</ruby>]<ruby>系</ruby>');
  });

  it('nests wraps that share an edge: a sentence around the term it starts or ends with', () => {
    const text = '构建人类命运共同体。我们愿同各方一道。';
    const z = zhA.zh(text);
    const html = rubyHtml(text, z.pinyin.split(' '), wordRanges(z.words), [
      { from: 0, to: 10, open: '<s1>', close: '</s1>' },
      { from: 10, to: 19, open: '<s2>', close: '</s2>' },
      { from: 2, to: 9, open: '<t>', close: '</t>' },
      { from: 0, to: 2, open: '<u>', close: '</u>' },
    ]);
    expect(withoutRt(html).replace(/<\/?ruby>/g, '')).toBe('<s1><u>构建</u><t>人类命运共同体</t>。</s1><s2>我们愿同各方一道。</s2>');
  });

  it('escapes markup in the source text, so it shows as text', () => {
    const text = '<script>alert(1)</script>中国';
    const html = rubyHtml(text, [...text].map((c) => (c === '中' ? 'zhōng' : c === '国' ? 'guó' : NO_READING)), wordRanges([...text].map(() => 1)));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses readings that do not match the characters', () => {
    expect(() => rubyHtml('中国', ['zhōng'], wordRanges([2]))).toThrow(/2 characters but 1 readings/);
  });
});

describe('interface strings with placeholders', () => {
  it('fills a placeholder in every form, keeping the forms, pinyin and words aligned', () => {
    const filled = fillZh(zhA.zh('第{n}问'), { n: 12 });
    expect(filled).toMatchObject({ hans: '第12问', hant: '第12問', hk: '第12問' });
    expect(filled.pinyin.split(' ')).toEqual(['dì', NO_READING, NO_READING, 'wèn']);
    expect(filled.words.reduce((a, b) => a + b, 0)).toBe(4);
    expect(filled.words).toContain(2);
    // The filled string still renders as ruby.
    expect(withoutRt(rubyHtml(filled.hant, filled.pinyin.split(' '), wordRanges(filled.words)))).toBe('<ruby>第</ruby>12<ruby>問</ruby>');
  });

  it('leaves a string without placeholders, or a placeholder without a value, as it is', () => {
    const plain = zhA.zh('复制链接');
    expect(fillZh(plain, { n: 1 })).toBe(plain);
    const open = fillZh(zhA.zh('第{n}问，共{total}问'), { n: 3 });
    expect(open.hans).toBe('第3问，共{total}问');
    expect([...open.hant]).toHaveLength([...open.hans].length);
    expect(open.pinyin.split(' ')).toHaveLength([...open.hans].length);
    expect(open.words.reduce((a, b) => a + b, 0)).toBe([...open.hans].length);
  });
});
