import type { Edition, Mixed, ZhString } from '../../schemas/edition.ts';
import { NO_READING } from '../../schemas/pinyin.ts';
import { topicParagraphs } from '../../schemas/topic-model.ts';
import { EN_SHARDS, FILE, SCRIPTS, shardOf, tokens, toneless, type ChineseFile, type EnglishFile, type IndexMeta, type PinyinFile, type RecordMeta, type Script, type WordsFile } from './format.ts';

/** What is shown about a record, before it is put in IndexMeta's tables. */
interface Shown {
  page: string;
  anchor: string;
  title: number;
  place: string;
  outlet: string;
}

/** One searchable record: a paragraph, or a glossary term with its other forms. */
interface SearchRecord {
  meta: Shown;
  /** Its Chinese pieces (shown joined by `、`). */
  zh: ZhString[];
  en: string;
}

/** The index's files by name (without `.json`), each a JSON-ready value. */
export type SearchIndex = Map<string, ChineseFile | EnglishFile | WordsFile>;

/** Looks up the traditional spellings of characters beyond the text's own (see variants.ts); none by default. */
export type VariantSource = (simplified: ReadonlySet<string>) => ReadonlyMap<string, string>;

const HAN = /\p{Script=Han}/u;
const JOIN = '、';

function uiEn(edition: Edition, key: string): string {
  const entry = edition.ui[key];
  if (!entry) throw new Error(`content/ui.yaml has no interface string “${key}”`);
  return entry.en;
}

/** The English of a glossary note, its Chinese runs in simplified script. */
function plain(note: Mixed): string {
  return note.map((r) => (typeof r === 'string' ? r : r.hans)).join('');
}

/** The records in reading order: the lede, each topic's question, answer and digest paragraphs, then the glossary. */
function records(edition: Edition): { records: SearchRecord[]; titles: { zh: ZhString; en: string }[] } {
  const titles = edition.topics.map((t) => ({ zh: t.title.zh, en: t.title.en }));
  const out: SearchRecord[] = [];
  const opening = edition.topics[0]!;
  out.push({
    meta: { page: `topics/${opening.slug}/`, anchor: edition.lede.id, title: 0, place: uiEn(edition, 'searchLede'), outlet: edition.facts.publisher.short },
    zh: [edition.lede.zh],
    en: edition.lede.en,
  });
  const digestOnly = uiEn(edition, 'searchDigestAsker');
  edition.topics.forEach((topic, t) => {
    const outlet = topic.outlet ? `${topic.outlet.en}, ${topic.outlet.country}` : topic.kind === 'digest-only' ? digestOnly : edition.facts.speaker.en;
    for (const { part, number, paragraph } of topicParagraphs(topic)) {
      const label = part === 'question' ? 'question' : topic.kind === 'opening' && part === 'answer' ? 'openingRemarks' : part;
      const where = part === 'question' ? uiEn(edition, label) : `${uiEn(edition, label)} ¶ ${number}`;
      out.push({ meta: { page: `topics/${topic.slug}/`, anchor: paragraph.id, title: t, place: where, outlet }, zh: [paragraph.zh], en: paragraph.en });
    }
  });
  const glossary = uiEn(edition, 'navGlossary');
  for (const term of edition.glossary) {
    const notes = term.note.filter((r): r is ZhString => typeof r !== 'string');
    out.push({
      meta: { page: 'glossary/', anchor: term.id, title: titles.length, place: term.pinyin, outlet: glossary },
      zh: [term.zh, ...term.also, ...notes],
      en: `${term.en}. ${plain(term.note)}`,
    });
    titles.push({ zh: term.zh, en: term.en });
  }
  return { records: out, titles };
}

/**
 * The traditional → simplified map: every character of the text's Taiwan
 * and Hong Kong forms that differs from its simplified one, then the variant
 * spellings `variants` knows for the text's characters, unless that character
 * is written as itself somewhere in the text (it must map back to itself).
 *
 * @throws Error if a traditional character stands for two simplified ones in
 * the text: the page maps the text back character for character.
 */
function traditionalMap(all: readonly ZhString[], variants: VariantSource): Map<string, string> {
  const map = new Map<string, string>();
  const asItself = new Set<string>();
  const simplified = new Set<string>();
  for (const z of all) {
    const hans = [...z.hans];
    for (const script of ['hant', 'hk'] as const) {
      [...z[script]].forEach((c, i) => {
        const s = hans[i]!;
        if (c === s) return void asItself.add(c);
        const known = map.get(c);
        if (known && known !== s) throw new Error(`search index: traditional ${c} stands for both ${known} and ${s}`);
        map.set(c, s);
      });
    }
    for (const c of hans) if (HAN.test(c)) (simplified.add(c), asItself.add(c));
  }
  for (const c of map.keys()) if (asItself.has(c)) throw new Error(`search index: ${c} is both written as itself and for ${map.get(c)}`);
  for (const [c, s] of variants(simplified)) if (!map.has(c) && !asItself.has(c)) map.set(c, s);
  return map;
}

/** The records' metadata with each repeated string stored once. */
function indexMeta(shown: readonly Shown[], titles: readonly { zh: ZhString; en: string }[], script: Script): IndexMeta {
  const tables = { pages: new Map<string, number>(), places: new Map<string, number>(), outlets: new Map<string, number>() };
  const at = (table: Map<string, number>, value: string) => table.get(value) ?? table.set(value, table.size).get(value)!;
  const records = shown.map((r): RecordMeta => [at(tables.pages, r.page), r.anchor, r.title, at(tables.places, r.place), at(tables.outlets, r.outlet)]);
  return {
    records,
    pages: [...tables.pages.keys()],
    titlesEn: titles.map((t) => t.en),
    titlesZh: titles.map((t) => t.zh[script]),
    places: [...tables.places.keys()],
    outlets: [...tables.outlets.keys()],
  };
}

/** Toneless syllable → the characters read so anywhere in the text, from each character's reading in context. */
function pinyinFile(all: readonly ZhString[]): PinyinFile {
  const map = new Map<string, Set<string>>();
  for (const z of all) {
    const chars = [...z.hans];
    z.pinyin.split(' ').forEach((reading, i) => {
      const c = chars[i]!;
      if (reading === NO_READING || !HAN.test(c)) return;
      const key = toneless(reading).replace(/[^a-zv]/g, '');
      if (key) map.set(key, (map.get(key) ?? new Set()).add(c));
    });
  }
  return Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort().join('')]));
}

/**
 * Build the search index of the edition: per script, every record's Chinese
 * (with the traditional → simplified map) and every record's English, each
 * with the records' metadata; the English words' postings in EN_SHARDS files,
 * each also with toneless pinyin → characters. The search page fetches only
 * the files a query needs.
 *
 * @throws Error if a record's traditional text does not map back to its
 * simplified text character for character.
 */
export function buildSearchIndex(edition: Edition, variants: VariantSource = () => new Map()): SearchIndex {
  const { records: list, titles } = records(edition);
  const allZh = [...list.flatMap((r) => r.zh), ...titles.map((t) => t.zh)];
  const t2s = traditionalMap(allZh, variants);
  const files: SearchIndex = new Map();
  const meta = (script: Script) => indexMeta(list.map((r) => r.meta), titles, script);
  const pairs = [...t2s].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, s]) => c + s).join('');
  for (const script of SCRIPTS) {
    const text = list.map((r) => r.zh.map((z) => z[script]).join(JOIN));
    list.forEach((r, i) => {
      const back = [...text[i]!].map((c) => t2s.get(c) ?? c).join('');
      if (back !== r.zh.map((z) => z.hans).join(JOIN)) throw new Error(`search index: ${r.meta.page}#${r.meta.anchor} (${script}) does not map back to its simplified text`);
    });
    files.set(FILE.zh(script), { meta: meta(script), text, t2s: pairs } satisfies ChineseFile);
    files.set(FILE.en(script), { meta: meta(script), text: list.map((r) => r.en) } satisfies EnglishFile);
  }
  files.set(FILE.enText, { text: list.map((r) => r.en) } satisfies EnglishFile);
  const shards: Record<string, number[]>[] = Array.from({ length: EN_SHARDS }, () => ({}));
  list.forEach((r, i) => {
    for (const word of new Set(tokens(r.en).map((t) => t.word))) (shards[shardOf(word)]![word] ??= []).push(i);
  });
  const pinyin = pinyinFile(list.flatMap((r) => r.zh));
  shards.forEach((shard, n) => {
    const words = Object.fromEntries(Object.entries(shard).sort(([a], [b]) => (a < b ? -1 : 1)));
    files.set(FILE.words(n), { words, pinyin } satisfies WordsFile);
  });
  return files;
}
