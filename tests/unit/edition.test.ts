import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { toTraditional } from '../../src/lib/annotate/script.ts';
import { crossReferenceProblems } from '../../src/lib/edition/cross-references.ts';
import { DEFAULT_PATHS } from '../../src/lib/load/authored.ts';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import { editionSchema, type Edition, type EditionParagraph, type ZhString } from '../../src/schemas/edition.ts';
import { topicParagraphList } from '../../src/schemas/edition-model.ts';
import { NO_READING } from '../../src/schemas/pinyin.ts';
import { uiStringsSchema } from '../../src/schemas/ui.ts';
import { edition } from '../helpers/edition.ts';

// Converting text loads OpenCC's and pinyin-pro's dictionaries: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const HAN = /\p{Script=Han}/u;
/** The keys of a ZhString, sorted: an object with exactly these is one. */
const ZH_KEYS = ['hans', 'hant', 'hk', 'pinyin', 'words'].join();

/** Every ZhString anywhere in a value, with its path (`topics[3].answer.paragraphs[0].zh`). */
function zhStrings(value: unknown, path = ''): { path: string; zh: ZhString }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => zhStrings(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  if (Object.keys(value).sort().join() === ZH_KEYS) return [{ path, zh: value as ZhString }];
  return Object.entries(value).flatMap(([k, v]) => zhStrings(v, path ? `${path}.${k}` : k));
}

const allParagraphs = (e: Edition): EditionParagraph[] => [e.lede, e.digestLede, ...e.topics.flatMap(topicParagraphList)];

describe('the edition document', () => {
  it('validates against its schema', () => {
    const result = editionSchema.safeParse(edition);
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
  });

  it('has no cross-reference problems', () => {
    expect(crossReferenceProblems(edition)).toEqual([]);
  });

  it('gives every Chinese string in it aligned forms: traditional of the same length, one syllable per character, words covering it', () => {
    const all = zhStrings(edition);
    const problems: string[] = [];
    for (const { path, zh } of all) {
      const chars = [...zh.hans];
      if ([...zh.hant].length !== chars.length) problems.push(`${path}: hant length`);
      if ([...zh.hk].length !== chars.length) problems.push(`${path}: hk length`);
      const syllables = chars.length === 0 ? [] : zh.pinyin.split(' ');
      if (syllables.length !== chars.length) problems.push(`${path}: ${syllables.length} syllables for ${chars.length} characters`);
      chars.forEach((c, i) => {
        if (HAN.test(c) ? syllables[i] === NO_READING || !syllables[i] : syllables[i] !== NO_READING) problems.push(`${path}: reading of ${c} is ${syllables[i]}`);
      });
      if (zh.words.reduce((n, w) => n + w, 0) !== chars.length) problems.push(`${path}: words sum to ${zh.words.reduce((n, w) => n + w, 0)}, not ${chars.length}`);
    }
    expect(problems).toEqual([]);
    // The walk reaches every kind of Chinese string the edition holds, not only the paragraphs.
    const kinds = new Set(all.map(({ path }) => path.replace(/\[\d+\]/g, '[]').replace(/^(ui|prose)\.[^.]+/, '$1.*')));
    for (const kind of [
      'lede.zh',
      'topics[].answer.paragraphs[].zh',
      'topics[].answer.label',
      'topics[].outlet.zh',
      'topics[].outlet.countryZh',
      'topics[].title.zh',
      'topics[].digest.heading',
      'topics[].digest.paragraphs[].diff[].text',
      'topics[].answer.paragraphs[].corrections[].source',
      'topics[].answer.paragraphs[].corrections[].note[]',
      'topics[].answer.paragraphs[].flag[]',
      'glossary[].zh',
      'glossary[].also[]',
      'glossary[].note[]',
      'furniture[].text',
      'continuation.text',
      'facts.venue.zh',
      'facts.dateZh',
      'title.zh',
      'ui.*.zh',
      'prose.*',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(all.length).toBeGreaterThan(500);
  });

  it('has converted forms for every interface string of content/ui.yaml with Chinese', () => {
    const ui = parseYaml(readFileSync(DEFAULT_PATHS.uiFile, 'utf8'), DEFAULT_PATHS.uiFile, uiStringsSchema).data;
    expect(Object.keys(edition.ui).sort()).toEqual(Object.keys(ui).sort());
    let converted = 0;
    for (const [key, s] of Object.entries(ui)) {
      const entry = edition.ui[key]!;
      expect(entry.en, key).toBe(s.en);
      if (!s.zh) {
        expect(entry.zh, key).toBeNull();
        continue;
      }
      expect(entry.zh?.hans, key).toBe(s.zh);
      // Traditional text has no simplified character left in it: converting it again changes nothing.
      expect(toTraditional(entry.zh!.hant, 'tw'), key).toBe(entry.zh!.hant);
      expect(toTraditional(entry.zh!.hk, 'hk'), key).toBe(entry.zh!.hk);
      if (entry.zh!.hant !== s.zh) converted++;
    }
    expect(converted).toBeGreaterThan(10);
    expect(edition.ui['navTopics']!.zh).toMatchObject({ hans: '话题', hant: '話題', hk: '話題', pinyin: 'huà tí' });
    expect(edition.ui['copyLink']!.zh).toMatchObject({ hant: '複製鏈接' });
    expect(edition.ui['navGlossary']!.zh!.hant).toBe('關鍵詞');
  });

  it('renders the one-to-many traditional characters of this text right, where they occur', () => {
    const expected: [string, string][] = [
      ['社会制度', '社會制度'],
      ['政治体制', '政治體制'],
      ['同志', '同志'],
      ['邻里', '鄰里'],
      ['体系', '體系'],
      ['开创了', '開創了'],
      ['周边', '周邊'],
    ];
    for (const [hans, hant] of expected) {
      const found: string[] = [];
      for (const p of allParagraphs(edition)) {
        const chars = [...p.zh.hans];
        for (let i = 0; i + [...hans].length <= chars.length; i++) {
          if (chars.slice(i, i + [...hans].length).join('') !== hans) continue;
          const at = (form: string) => [...form].slice(i, i + [...hans].length).join('');
          found.push(`${p.id}:${at(p.zh.hant)}/${at(p.zh.hk)}`);
        }
      }
      expect(found.length, hans).toBeGreaterThan(0);
      expect(found, hans).toEqual(found.map((f) => `${f.split(':')[0]}:${hant}/${hant}`));
    }
  });

  it('gives every topic, part and paragraph a unique anchor', () => {
    const ids = [
      edition.lede.id,
      edition.digestLede.id,
      ...edition.topics.flatMap((t) => [t.slug, ...[t.question, t.answer, t.digest].flatMap((part) => (part ? [part.id, ...part.paragraphs.map((p) => p.id)] : []))]),
    ];
    expect(ids.length).toBeGreaterThan(150);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

});

describe('the cross-reference check', () => {
  /** A copy of the edition with one thing broken, and the problems the check reports. */
  const broken = (breakIt: (e: Edition) => void) => {
    const e = structuredClone(edition);
    breakIt(e);
    return crossReferenceProblems(e);
  };
  const us = (e: Edition) => e.topics.find((t) => t.slug === 'china-us')!;

  it('reports a term mark naming no glossary entry', () => {
    expect(broken((e) => (us(e).answer!.paragraphs.find((p) => p.terms.length)!.terms[0]!.term = 'no-such-term'))).toEqual([
      expect.stringMatching(/^china-us-a\d+: the term no-such-term is not in the glossary$/),
    ]);
  });

  it('reports a term mark outside its text', () => {
    expect(broken((e) => (e.lede.terms = [{ term: edition.glossary[0]!.id, from: 0, to: [...e.lede.zh.hans].length + 1 }]))).toEqual([
      `lede: the mark of ${edition.glossary[0]!.id} lies outside the text`,
    ]);
  });

  it('reports sentence groups that do not tile the Chinese and the English, or carry another ID', () => {
    const a4 = (e: Edition) => us(e).answer!.paragraphs[3]!;
    expect(broken((e) => (a4(e).sentences[1]!.zh.from += 1))).toEqual(['china-us-a4: the Chinese of china-us-a4-s2 does not follow the group before']);
    expect(broken((e) => a4(e).sentences.pop())).toEqual(['china-us-a4: its sentence groups do not cover the Chinese', 'china-us-a4: its sentence groups do not cover the English']);
    expect(broken((e) => (a4(e).sentences[2]!.en.from -= 1))).toEqual(['china-us-a4: the English of china-us-a4-s3 does not follow the group before']);
    expect(broken((e) => (a4(e).sentences[0]!.id = 'china-us-a4-s9'))).toEqual(['china-us-a4: its sentence group 1 has the ID china-us-a4-s9']);
  });

  it('reports a term mark or correction across a sentence edge', () => {
    const a4 = (e: Edition) => us(e).answer!.paragraphs[3]!;
    const edge = a4(edition).sentences[1]!;
    const term = edition.glossary[0]!.id;
    expect(broken((e) => (a4(e).terms = [{ term, from: edge.zh.from - 2, to: edge.zh.from + 2 }]))).toContain(`china-us-a4: the mark of ${term} crosses a sentence edge`);
    expect(broken((e) => a4(e).enTerms.push({ term, from: edge.en.from - 3, to: edge.en.from + 3 }))).toContain(`china-us-a4: the English mark of ${term} crosses a sentence edge`);
  });

  it('reports a correction whose quoted text is not at its position', () => {
    expect(
      broken((e) => {
        const c = us(e).answer!.paragraphs.find((p) => p.id === 'china-us-a5')!.corrections[0]!;
        c.from += 1;
        c.to += 1;
      }),
    ).toEqual([expect.stringMatching(/^china-us-a5: the correction \S+ does not quote the text at \d+–\d+$/)]);
  });

  it('reports an anchor alias pointing at an anchor that does not exist', () => {
    expect(broken((e) => (e.anchorAliases['/topics/china-us/'] = { 'old-anchor': 'china-us-a99' }))).toEqual([
      'the anchor alias /topics/china-us/#old-anchor points at china-us-a99, which does not exist',
    ]);
  });

  it('reports a paragraph ID used twice', () => {
    // Renaming a paragraph no glossary occurrence or digest span points at, so that only the duplicate is wrong.
    const listed = new Set([
      ...edition.glossary.flatMap((g) => g.occurrences.map((o) => o.paragraph)),
      ...(us(edition).digest?.paragraphs ?? []).flatMap((d) => d.spans.map((s) => s.paragraph)),
    ]);
    const [first, ...rest] = us(edition).answer!.paragraphs;
    const other = rest.findIndex((p) => !listed.has(p.id)) + 1;
    expect(other).toBeGreaterThan(0);
    const rename = (p: EditionParagraph, id: string) => {
      p.id = id;
      p.sentences.forEach((s, i) => (s.id = `${id}-s${i + 1}`));
    };
    expect(broken((e) => rename(us(e).answer!.paragraphs[other]!, first!.id))).toEqual([`the paragraph ID ${first!.id} is used twice`]);
    // A digest paragraph taking the ID of the lede collides too.
    expect(broken((e) => rename(us(e).digest!.paragraphs[0]!, 'lede'))).toContain('the paragraph ID lede is used twice');
  });

  it('reports a digest span outside its topic’s answer, a glossary occurrence that does not exist, and topics out of order', () => {
    expect(broken((e) => (us(e).digest!.paragraphs[0]!.spans[0]!.paragraph = 'ukraine-a1'))).toEqual([
      `${us(edition).digest!.paragraphs[0]!.id}: its span points at ukraine-a1, not an answer paragraph of china-us`,
    ]);
    expect(broken((e) => e.glossary[0]!.occurrences.push({ topic: 'china-us', paragraph: 'ukraine-a1' }))).toEqual([
      `the glossary occurrence china-us#ukraine-a1 of ${edition.glossary[0]!.id} does not exist`,
    ]);
    expect(broken((e) => ([e.topics[2], e.topics[3]] = [e.topics[3]!, e.topics[2]!]))).toEqual([`the topic ${edition.topics[2]!.slug} is out of order`]);
  });

  it('reports a paragraph whose traditional form, pinyin or words do not fit its text', () => {
    expect(broken((e) => (e.lede.zh = { ...e.lede.zh, hant: e.lede.zh.hant.slice(1) }))).toEqual(['lede: a traditional form differs in length from the simplified text']);
    expect(broken((e) => (e.lede.zh = { ...e.lede.zh, pinyin: `${e.lede.zh.pinyin} a` }))).toEqual(['lede: the pinyin does not have one syllable per character']);
    expect(broken((e) => (e.lede.zh = { ...e.lede.zh, words: e.lede.zh.words.slice(1) }))).toEqual(['lede: the words do not cover the text']);
  });
});
