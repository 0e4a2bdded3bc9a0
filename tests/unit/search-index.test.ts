import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { EN_SHARDS, FILE, SCRIPTS, shardOf, tokens, type ChineseFile, type EnglishFile, type WordsFile } from '../../src/lib/search/format.ts';
import { simplifier } from '../../src/lib/search/match.ts';
import { traditionalVariants } from '../../src/lib/search/variants.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';
import type { Edition } from '../../src/schemas/edition.ts';
import { edition } from '../helpers/edition.ts';

const index = buildSearchIndex(edition, traditionalVariants);
const zh = (script: (typeof SCRIPTS)[number]) => index.get(FILE.zh(script)) as ChineseFile;
const en = index.get(FILE.en('hans')) as EnglishFile;
const enText = index.get(FILE.enText) as EnglishFile;
const paragraphs = [edition.lede, ...edition.topics.flatMap(topicParagraphList)];

describe('search index of the edition', () => {
  it('has one record per paragraph (the lede, then each topic in order) and per glossary term, linked to its anchor', () => {
    const { meta } = zh('hans');
    expect(meta.records).toHaveLength(paragraphs.length + edition.glossary.length);
    const links = meta.records.map(([page, anchor]) => `${meta.pages[page]}#${anchor}`);
    expect(links.slice(0, paragraphs.length).map((l) => l.split('#')[1])).toEqual(paragraphs.map((p) => p.id));
    expect(links.slice(paragraphs.length)).toEqual(edition.glossary.map((g) => `glossary/#${g.id}`));
    expect(links[1]).toMatch(/^topics\/[a-z-]+\/#/);
  });

  it('holds each record’s Chinese in every script, each mapping back to the simplified text character for character', () => {
    const hans = zh('hans').text;
    paragraphs.forEach((p, i) => expect(hans[i]).toBe(p.zh.hans));
    for (const script of SCRIPTS) {
      const file = zh(script);
      const simplify = simplifier(file.t2s);
      expect(file.text).toHaveLength(hans.length);
      file.text.forEach((text, i) => expect(simplify(text), `${script} ${i}`).toBe(hans[i]));
      paragraphs.forEach((p, i) => expect(file.text[i]).toBe(p.zh[script]));
      expect(file.meta.titlesZh[0]).toBe(edition.topics[0]!.title.zh[script]);
    }
  });

  it('maps common traditional variants the text itself does not use (臺 for 台, 裏 and 裡 for 里) and the text’s own forms', () => {
    const t2s = simplifier(zh('hans').t2s).map;
    expect(t2s.get('臺')).toBe('台');
    expect(t2s.get('兩')).toBe('两');
    expect(t2s.get('國')).toBe('国');
    // A character the text writes as itself is never mapped away.
    const itself = new Set(paragraphs.flatMap((p) => [...p.zh.hans]));
    for (const c of itself) expect(t2s.has(c), c).toBe(false);
  });

  it('holds every record’s English, with the metadata for each script and alone', () => {
    paragraphs.forEach((p, i) => expect(en.text[i]).toBe(p.en));
    expect(enText.text).toEqual(en.text);
    expect(enText.meta).toBeUndefined();
    expect((index.get(FILE.en('hk')) as EnglishFile).meta!.titlesZh[0]).toBe(edition.topics[0]!.title.zh.hk);
  });

  it('lists each English word under exactly the records that hold it, in its shard', () => {
    const words = new Map<string, Set<number>>();
    en.text.forEach((text, i) => tokens(text).forEach((t) => words.set(t.word, (words.get(t.word) ?? new Set()).add(i))));
    for (let n = 0; n < EN_SHARDS; n++) {
      const plain = index.get(FILE.words(n)) as WordsFile;
      expect(plain.pinyin).toEqual((index.get(FILE.words(0)) as WordsFile).pinyin);
      for (const [word, records] of Object.entries(plain.words)) {
        expect(shardOf(word)).toBe(n);
        expect(records).toEqual([...words.get(word)!].sort((a, b) => a - b));
      }
    }
    for (const w of words.keys()) expect((index.get(FILE.words(shardOf(w))) as WordsFile).words[w], w).toBeDefined();
  });

  it('maps each toneless syllable to the characters read so in the text', () => {
    const pinyin = (index.get(FILE.words(0)) as WordsFile).pinyin;
    expect(pinyin['ren']).toContain('人');
    expect(pinyin['lei']).toContain('类');
    expect(pinyin['lv']).toContain('绿');
    for (const key of Object.keys(pinyin)) expect(key).toMatch(/^[a-z]+$/);
  });

  it('keeps every file smaller than the corpus it indexes (gzipped)', () => {
    const corpus = gzipSync(paragraphs.map((p) => `${p.zh.hans}\n${p.en}`).join('\n') + edition.glossary.map((g) => g.en).join('\n')).length;
    for (const [name, file] of index) expect(gzipSync(JSON.stringify(file)).length, name).toBeLessThan(corpus);
  });
});

describe('search index of crafted input', () => {
  /** The edition with one paragraph's Chinese replaced. */
  function withParagraph(hans: string, hant: string, hk = hant): Edition {
    const copy = structuredClone(edition);
    const p = copy.topics[1]!.answer!.paragraphs[0]!;
    p.zh = { hans, hant, hk, pinyin: [...hans].map(() => '-').join(' '), words: [[...hans].length] };
    return copy;
  }

  it('stops when one traditional character would stand for two simplified ones', () => {
    expect(() => buildSearchIndex(withParagraph('干净乾坤', '乾淨乾坤'))).toThrow(/乾/);
  });

  it('uses the variants it is given only for characters the text never writes as themselves', () => {
    const variants = () => new Map([['臺', '台'], ['的', '地']]);
    const t2s = simplifier((buildSearchIndex(edition, variants).get(FILE.zh('hans')) as ChineseFile).t2s).map;
    expect(t2s.get('臺')).toBe('台');
    expect(t2s.has('的')).toBe(false);
  });
});
