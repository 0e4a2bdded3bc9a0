import { describe, expect, it } from 'vitest';
import { annotateText, checkOverridesUsed } from '../../src/lib/pipeline/annotate.ts';
import { loadReadingOverrides } from '../../src/lib/reading/overrides.ts';
import { NO_READING, readPinyin, toneOf, toToneNumber } from '../../src/lib/reading/pinyin.ts';
import { toTraditional } from '../../src/lib/reading/script.ts';
import { runPipeline } from '../../src/lib/pipeline/run.ts';
import { DEFAULT_INPUT } from '../helpers/pipeline.ts';

const overrides = loadReadingOverrides('content/data');
const HAN = /\p{Script=Han}/u;
const { topics, conference } = runPipeline(DEFAULT_INPUT);
const paragraphs = [conference.lede, ...topics.flatMap((t) => [...(t.question?.paragraphs ?? []), ...(t.answer?.paragraphs ?? []), ...(t.digest?.paragraphs ?? [])])];

describe('pinyin', () => {
  it('gives every Chinese character exactly one reading and punctuation, digits and Latin letters none', () => {
    for (const p of paragraphs) {
      const chars = [...p.zh];
      const readings = p.pinyin.split(' ');
      expect(readings).toHaveLength(chars.length);
      chars.forEach((c, i) => {
        if (HAN.test(c)) expect(readings[i], `${p.id} ${c}`).toMatch(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+$/);
        else expect(readings[i], `${p.id} ${c}`).toBe(NO_READING);
      });
    }
  });

  it('reads the polyphonic words of this text right in context', () => {
    const read = (text: string) => readPinyin(text, overrides.pinyin).join(' ');
    expect(read('朝鲜半岛问题')).toBe('cháo xiǎn bàn dǎo wèn tí');
    expect(read('从弘扬和平共处五项原则')).toContain('hé píng gòng chǔ');
    expect(read('开冷战对抗的倒车')).toBe('kāi lěng zhàn duì kàng de dào chē');
    expect(read('重回健康发展轨道')).toMatch(/^chóng huí/);
    expect(read('道路可能是曲折的')).toContain('qū zhé');
    expect(read('以习近平外交思想为指导')).toContain('wéi zhǐ dǎo');
    expect(read('为止战和谈铺路架桥')).toMatch(/^wèi zhǐ/);
    expect(read('外交部长王毅')).toContain('bù zhǎng');
  });

  it('applies every authored override where its word occurs, and each changes what the library alone would say', () => {
    expect(overrides.pinyin.length).toBeGreaterThan(20);
    for (const o of overrides.pinyin) {
      const text = paragraphs.map((p) => p.zh).find((t) => t.includes(o.context ?? o.word));
      expect(text, o.word).toBeDefined();
      const at = [...text!].length - [...text!.slice(text!.indexOf(o.context ?? o.word) + (o.context ? o.context.indexOf(o.word) : 0))].length;
      const withOverride = readPinyin(text!, overrides.pinyin).slice(at, at + [...o.word].length).join(' ');
      expect(withOverride, o.word).toBe(o.reading);
    }
    const changed = overrides.pinyin.filter((o) =>
      paragraphs.some((p) => p.zh.includes(o.context ?? o.word) && readPinyin(p.zh).join(' ') !== readPinyin(p.zh, [o]).join(' ')),
    );
    expect(changed.map((o) => o.word)).toEqual(overrides.pinyin.map((o) => o.word));
  });

  it('shows 一 and 不 with their spoken (sandhi) tones, consistently', () => {
    expect(readPinyin('不是', overrides.pinyin)).toEqual(['bú', 'shì']);
    expect(readPinyin('一个', overrides.pinyin)).toEqual(['yí', 'gè']);
    expect(readPinyin('一些', overrides.pinyin)).toEqual(['yì', 'xiē']);
    expect(readPinyin('统一', overrides.pinyin)).toEqual(['tǒng', 'yī']);
  });

  it('converts tone marks to tone numbers', () => {
    expect(['zhōng', 'guó', 'lǜ', 'le', 'nǚ'].map(toToneNumber)).toEqual(['zhong1', 'guo2', 'lü4', 'le5', 'nü3']);
    expect(toneOf('shì')).toBe(4);
  });

  it('fails the build for an override that matches nothing', () => {
    const bad = { ...overrides, pinyin: [...overrides.pinyin, { word: '不存在的词', reading: 'bù cún zài de cí', reason: 'test' }] };
    expect(() => checkOverridesUsed(paragraphs.map((p) => p.zh), bad)).toThrow(/pinyin-overrides\.yaml:\d+: the override for “不存在的词” matches nothing/);
  });
});

describe('traditional script', () => {
  const tw = (s: string) => toTraditional(s, 'tw', overrides.script);
  const hk = (s: string) => toTraditional(s, 'hk', overrides.script);

  it('converts the one-to-many characters of this text right in context', () => {
    expect(tw('干涉中国的内政')).toBe('干涉中國的內政');
    expect(tw('中俄关系')).toBe('中俄關係');
    expect(tw('一个中国原则')).toBe('一個中國原則');
    expect(tw('中方给予欧洲多国免签待遇')).toBe('中方給予歐洲多國免簽待遇');
    expect(tw('发展')).toBe('發展');
    expect(tw('复兴')).toBe('復興');
    expect(tw('历史')).toBe('歷史');
    expect(tw('制度')).toBe('制度');
    expect(tw('克制')).toBe('克制');
    expect(tw('范式')).toBe('範式');
    expect(tw('并且')).toBe('並且');
    expect(tw('于此')).toBe('於此');
    expect(tw('新征程')).toBe('新征程');
    expect(tw('签署')).toBe('簽署');
    expect(tw('获得')).toBe('獲得');
    expect(tw('只有')).toBe('只有');
    expect(tw('采取')).toBe('採取');
    expect(tw('台湾')).toBe('臺灣');
    expect(hk('台湾')).toBe('台灣');
    expect(tw('阐明了')).toBe('闡明了');
    expect(tw('休戚相关')).toBe('休戚相關');
  });

  it('does not replace vocabulary (no phrase conversion in a verbatim transcript)', () => {
    expect(tw('信息')).toBe('信息');
    expect(tw('网络')).toBe('網絡');
  });

  it('applies every authored override at each occurrence, and each fixes the converter’s output', () => {
    expect(overrides.script.length).toBeGreaterThan(5);
    for (const o of overrides.script) {
      const text = paragraphs.map((p) => p.zh).find((t) => t.includes(o.simplified));
      expect(text, o.simplified).toBeDefined();
      expect(tw(o.simplified)).toBe(o.tw);
      expect(hk(o.simplified)).toBe(o.hk);
      const fixes = paragraphs.some(
        (p) => p.zh.includes(o.simplified) && (toTraditional(p.zh, 'tw') !== toTraditional(p.zh, 'tw', [o]) || toTraditional(p.zh, 'hk') !== toTraditional(p.zh, 'hk', [o])),
      );
      expect(fixes, o.simplified).toBe(true);
    }
  });

  it('keeps the length of every paragraph, so pinyin stays aligned', () => {
    for (const p of paragraphs) {
      expect([...p.hant]).toHaveLength([...p.zh].length);
      expect([...p.hk]).toHaveLength([...p.zh].length);
    }
    expect(annotateText('中美关系', overrides).hant).toBe('中美關係');
  });
});
