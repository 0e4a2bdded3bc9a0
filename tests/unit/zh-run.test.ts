import { describe, expect, it, vi } from 'vitest';
import { readPinyin } from '../../src/lib/annotate/pinyin.ts';
import { createZhAnnotator } from '../../src/lib/annotate/zh-annotator.ts';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import { NO_READING } from '../../src/schemas/pinyin.ts';
import { pinyinOverridesSchema, scriptOverridesSchema } from '../../src/schemas/reading-overrides.ts';
import { charPatch, pinyinData, scriptAttributes, wrapHtml } from '../../src/utils/zh-run.ts';
import { applyPatch, readSyllables } from '../../src/utils/zh-run-format.ts';

// src/utils/ui.ts reads the edition through Astro's content layer, which a unit test has not: fillZh needs none of it.
vi.mock('../../src/utils/edition.ts', () => ({ getEdition: () => Promise.reject(new Error('not in unit tests')) }));
const { fillZh } = await import('../../src/utils/ui.ts');

// Converting text loads OpenCC's and pinyin-pro's dictionaries: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const zhA = createZhAnnotator(parseYaml('[]', 'p.yaml', pinyinOverridesSchema), parseYaml('[]', 's.yaml', scriptOverridesSchema));
/** The page's pinyin data of a text, as ZhText writes it. */
const py = (text: string) => {
  const z = zhA.zh(text);
  return pinyinData(z.hans, z.pinyin.split(' '), z.words);
};
/** Words of the pinyin data as the client reads them: syllables joined within a word. */
const wordsOf = (data: string) => readSyllables(data).reduce<string[]>((out, s) => (s.cont ? ((out[out.length - 1] += `'${s.syl}`), out) : [...out, s.syl]), []);

describe('a run of Chinese as the page ships it', () => {
  it('carries one syllable per Han character, words joined by an apostrophe', () => {
    expect(py('人类')).toBe("rén'lèi");
    const readings = readPinyin('中美关系');
    expect(wordsOf(pinyinData('中美关系', readings, [2, 2]))).toEqual(["zhōng'měi", "guān'xì"]);
    expect(wordsOf(pinyinData('中美关系', readings, [4]))).toEqual(["zhōng'měi'guān'xì"]);
    // The traditional display takes the same readings and words.
    expect(pinyinData('中美關係', readings, [2, 2])).toBe(pinyinData('中美关系', readings, [2, 2]));
  });

  it('gives punctuation, digits and Latin letters no syllable, and never joins across them', () => {
    const data = py('CGTN记者：2023年。');
    expect(readSyllables(data).map((s) => s.syl)).toEqual(['jì', 'zhě', 'nián']);
    expect(readSyllables(data).at(-1)!.cont).toBe(false);
  });

  it('pairs every Han character with exactly one syllable', () => {
    const text = '中方愿同俄方一道，进一步培育合作新动能。';
    const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(readSyllables(py(text))).toHaveLength(han);
  });

  it('refuses readings that do not pair with the characters', () => {
    expect(() => pinyinData('中国', ['zhōng'], [2])).toThrow(/2 characters but 1 readings/);
    expect(() => pinyinData('中A', ['zhōng', 'ei'], [2])).toThrow(/“A”.*not a Han character/);
    expect(() => pinyinData('中国', ['zhōng', NO_READING], [2])).toThrow(/“国”.*Han character without a reading/);
    expect(() => pinyinData('中国', ['zhōng', "gu'ó"], [2])).toThrow(/holds a separator/);
  });

  it('patches the characters where another script differs, and the client reads the patch back', () => {
    const z = zhA.zh('两国元首在旧金山会晤，台湾问题是中美关系中最重要的问题。');
    for (const [from, to] of [[z.hans, z.hant], [z.hant, z.hans], [z.hant, z.hk]] as const) {
      const patch = charPatch(from, to);
      expect(applyPatch([...from], patch).join('')).toBe(to);
    }
    expect(charPatch('国际', '國際')).toBe('國際');
    expect(charPatch('中国和国际', '中國和國際')).toBe('1國1國際');
    expect(charPatch('中美', '中美')).toBeNull();
    expect(() => charPatch('中国', '中')).toThrow(/differ in length/);
  });

  it('tags a run with the route’s script and the patches to the others', () => {
    const z = zhA.zh('台湾问题');
    expect(scriptAttributes(z, 'hans')).toEqual({ lang: 'zh-Hans', 'data-alt': charPatch(z.hans, z.hant), 'data-hk': charPatch(z.hant, z.hk) });
    expect(scriptAttributes(z, 'hant')).toMatchObject({ lang: 'zh-Hant-TW', 'data-alt': charPatch(z.hant, z.hans) });
    expect(scriptAttributes(z, 'hant')['data-hk']).toBe('台');
  });

  it('wraps annotations around their characters, nesting those that share an edge', () => {
    const text = '构建人类命运共同体。我们愿同各方一道。';
    const html = wrapHtml(text, [
      { from: 0, to: 10, open: '<s1>', close: '</s1>' },
      { from: 10, to: 19, open: '<s2>', close: '</s2>' },
      { from: 2, to: 9, open: '<t>', close: '</t>' },
      { from: 0, to: 2, open: '<u>', close: '</u>' },
    ]);
    expect(html).toBe('<s1><u>构建</u><t>人类命运共同体</t>。</s1><s2>我们愿同各方一道。</s2>');
    expect(() => wrapHtml('中国', [{ from: 1, to: 3, open: '', close: '' }])).toThrow(/outside/);
  });

  it('escapes markup in the source text, so it shows as text', () => {
    const html = wrapHtml('<script>alert(1)</script>中国', []);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;中国');
  });
});

describe('interface strings with placeholders', () => {
  it('fills a placeholder in every form, keeping the forms, pinyin and words aligned', () => {
    const filled = fillZh(zhA.zh('第{n}问'), { n: 12 });
    expect(filled).toMatchObject({ hans: '第12问', hant: '第12問', hk: '第12問' });
    expect(filled.pinyin.split(' ')).toEqual(['dì', NO_READING, NO_READING, 'wèn']);
    expect(filled.words.reduce((a, b) => a + b, 0)).toBe(4);
    expect(filled.words).toContain(2);
    // The filled string still pairs with its pinyin on the page.
    expect(readSyllables(pinyinData(filled.hant, filled.pinyin.split(' '), filled.words)).map((s) => s.syl)).toEqual(['dì', 'wèn']);
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
