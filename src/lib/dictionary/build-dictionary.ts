import type { DictionaryCredits } from '../../schemas/dictionary-credits.ts';
import type { Edition, EditionParagraph, ZhString } from '../../schemas/edition.ts';
import { LOOKUP_LABELS, type Dictionary, type LookupLabel, type Sense, type WordEntry } from '../../schemas/dictionary.ts';
import { NO_READING } from '../../schemas/pinyin.ts';
import { topicParagraphs } from '../../schemas/topic-model.ts';
import { markDefinition, markPinyin } from './pinyin.ts';
import type { CedictRow, DictionarySources } from './sources.ts';

/**
 * The dictionary subset of this edition, a pure function of the edition and
 * the dictionary sources (src/lib/dictionary/sources.ts reads them). A lookup
 * unit is exactly what the page's ruby groups: one of the edition's words,
 * cut where a glossary mark or a correction starts or ends, and split where a
 * character takes no reading (the ruby src/client/zh-runs.ts builds). The glossary terms' whole
 * forms are units too (a focused glossary mark looks up its whole term).
 */

export type { CedictRow, DictionarySources } from './sources.ts';

/** The frequency band (1 = most common … 5 = rare) of a BCC corpus word rank; its name is the interface string `lookupBand<n>`. */
export function bandOf(rank: number | undefined): number | null {
  if (rank === undefined) return null;
  return rank <= 1000 ? 1 : rank <= 5000 ? 2 : rank <= 20000 ? 3 : rank <= 100000 ? 4 : 5;
}

const HAN = /\p{Script=Han}/u;

/** A lookup unit of a Chinese string: code-point range, its forms and the page's reading. */
export interface Unit {
  from: number;
  to: number;
  hans: string;
  hant: string;
  hk: string;
  /** The page's pinyin, one tone-marked syllable per character, space-separated. */
  reading: string;
}

/** The units of a string as its ruby shows them (see src/client/zh-runs.ts): words, cut at annotation edges, split at characters without reading. */
export function unitsOf(zh: ZhString, cuts: readonly { from: number; to: number }[] = []): Unit[] {
  const hans = [...zh.hans];
  const hant = [...zh.hant];
  const hk = [...zh.hk];
  const readings = zh.pinyin.split(' ');
  const edges = new Set(cuts.flatMap((c) => [c.from, c.to]));
  const units: Unit[] = [];
  const push = (from: number, to: number) =>
    units.push({ from, to, hans: hans.slice(from, to).join(''), hant: hant.slice(from, to).join(''), hk: hk.slice(from, to).join(''), reading: readings.slice(from, to).join(' ') });
  let at = 0;
  for (const length of zh.words) {
    const end = at + length;
    let start = -1;
    for (let i = at; i <= end; i++) {
      const breaks = i === end || edges.has(i) || readings[i] === NO_READING;
      if (breaks && start >= 0) (push(start, i), (start = -1));
      if (i < end && readings[i] !== NO_READING && start < 0) start = i;
    }
    at = end;
  }
  return units.filter((u) => HAN.test(u.hans));
}

/** A paragraph of the edition with the topic page it is shown on, and whether it belongs to the press conference proper. */
export interface PlacedParagraph {
  slug: string;
  paragraph: EditionParagraph;
  /** Counted in "appears N times in this press conference": the lede, questions, answers, and the digest-only topics' digest. */
  conference: boolean;
  kind: 'lede' | 'question' | 'answer' | 'digest';
}

export function placedParagraphs(edition: Edition): PlacedParagraph[] {
  const out: PlacedParagraph[] = [];
  for (const topic of edition.topics) {
    if (topic.kind === 'opening') out.push({ slug: topic.slug, paragraph: edition.lede, conference: true, kind: 'lede' });
    for (const { paragraph, part } of topicParagraphs(topic) as { paragraph: EditionParagraph; part: string }[]) {
      const kind = part === 'question' ? 'question' : part === 'answer' ? 'answer' : 'digest';
      out.push({ slug: topic.slug, paragraph, conference: kind !== 'digest' || topic.kind === 'digest-only', kind });
    }
  }
  return out;
}

export function paragraphUnits(p: EditionParagraph): Unit[] {
  return unitsOf(p.zh, [...p.terms, ...p.corrections]);
}

/** Every ZhString in the edition outside the paragraphs (titles, labels, notes, outlets…). */
function otherStrings(value: unknown, out: ZhString[] = []): ZhString[] {
  if (Array.isArray(value)) for (const v of value) otherStrings(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.hans === 'string' && typeof o.pinyin === 'string' && Array.isArray(o.words)) out.push(o as unknown as ZhString);
    else for (const [k, v] of Object.entries(o)) if (k !== 'search') otherStrings(v, out);
  }
  return out;
}

function meanings(row: CedictRow): string[] {
  return (typeof row[3] === 'string' ? [row[3]] : row[3]).map(markDefinition);
}

function sensesOf(word: string, forms: readonly string[], byHans: ReadonlyMap<string, CedictRow[]>, sources: DictionarySources): Sense[] {
  const rows = byHans.get(word) ?? [];
  const sameForm = rows.filter((r) => forms.includes(r[0]));
  let chosen = sameForm.length ? sameForm : rows;
  const full = chosen.filter((r) => !meanings(r).every((d) => /^(old |archaic |erhua )?variant of /.test(d)));
  if (full.length) chosen = full;
  return chosen.map((r) => ({
    p: markPinyin(r[2]),
    t: r[0],
    d: meanings(r),
    m: r[5].flatMap((i) => {
      const c = sources.classifiers[i];
      return c ? [[c[1], c[0], c[2] ? markPinyin(c[2]) : ''] as [string, string, string]] : [];
    }),
  }));
}

const indexes = new WeakMap<readonly CedictRow[], Map<string, CedictRow[]>>();

/** CC-CEDICT's rows by simplified headword, made once per list of rows. */
function rowsBySimplified(rows: readonly CedictRow[]): ReadonlyMap<string, CedictRow[]> {
  let byHans = indexes.get(rows);
  if (byHans) return byHans;
  byHans = new Map();
  for (const row of rows) {
    const list = byHans.get(row[1]);
    if (list) list.push(row);
    else byHans.set(row[1], [row]);
  }
  indexes.set(rows, byHans);
  return byHans;
}

/** The interface strings the entry shows (content/ui.yaml, converted), Chinese forms and English only; a key missing from the edition is left out (the schema then rejects the subset). */
function lookupLabels(edition: Edition): Dictionary['ui'] {
  const out: Partial<Record<LookupLabel, Dictionary['ui'][LookupLabel]>> = {};
  for (const key of LOOKUP_LABELS) {
    const entry = edition.ui[key];
    if (entry) out[key] = { zh: entry.zh && { hans: entry.zh.hans, hant: entry.zh.hant, hk: entry.zh.hk }, en: entry.en };
  }
  return out as Dictionary['ui'];
}

/**
 * The dictionary subset of an edition: every lookup unit of its Chinese with
 * its CC-CEDICT senses (a word missing from CEDICT marked, and its characters
 * given entries of their own), HSK level, frequency band, glossary term and
 * occurrences, plus the entry's interface labels and the credits
 * (content/data/dictionary.yaml) with the CEDICT snapshot's date. Pure; the
 * content build validates the result against dictionarySchema.
 */
export function buildDictionary(edition: Edition, sources: DictionarySources, credits: DictionaryCredits): Dictionary {
  const byHans = rowsBySimplified(sources.rows);
  const termOf = new Map<string, string>();
  for (const term of edition.glossary) for (const zh of [term.zh, ...term.also]) termOf.set(zh.hans, term.id);

  const forms = new Map<string, Map<string, [string, string]>>();
  const occurrences = new Map<string, { n: number; o: Set<number> }>();
  const addForm = (u: { hans: string; hant: string; hk: string }) => {
    let f = forms.get(u.hans);
    if (!f) forms.set(u.hans, (f = new Map()));
    f.set(`${u.hant}|${u.hk}`, [u.hant, u.hk]);
    occurrences.has(u.hans) || occurrences.set(u.hans, { n: 0, o: new Set() });
  };

  const paragraphs: [string, string][] = [];
  for (const placed of placedParagraphs(edition)) {
    const index = paragraphs.push([placed.slug, placed.paragraph.id]) - 1;
    for (const u of paragraphUnits(placed.paragraph)) {
      addForm(u);
      if (placed.conference) {
        const occ = occurrences.get(u.hans)!;
        occ.n++;
        occ.o.add(index);
      }
    }
    for (const mark of placed.paragraph.terms) {
      const slice = (s: string) => [...s].slice(mark.from, mark.to).join('');
      const term = { hans: slice(placed.paragraph.zh.hans), hant: slice(placed.paragraph.zh.hant), hk: slice(placed.paragraph.zh.hk) };
      addForm(term);
      if (placed.conference) {
        const occ = occurrences.get(term.hans)!;
        occ.n++;
        occ.o.add(index);
      }
    }
  }
  for (const zh of otherStrings({ ...edition, lede: null, digestLede: edition.digestLede, topics: edition.topics.map((t) => ({ ...t, question: null, answer: null, digest: t.digest && { ...t.digest, paragraphs: [] } })) })) {
    for (const u of unitsOf(zh)) addForm(u);
  }
  for (const p of edition.digestLede ? [edition.digestLede] : []) for (const u of paragraphUnits(p)) addForm(u);

  const words: Record<string, WordEntry> = {};
  const make = (hans: string, f: [string, string][]) => {
    const s = sensesOf(hans, f.flatMap(([tw, hk]) => [tw, hk]), byHans, sources);
    const occ = occurrences.get(hans);
    const entry: WordEntry = {
      f,
      s,
      h: sources.hsk.get(hans) ?? null,
      b: bandOf(sources.ranks.get(hans)),
      g: termOf.get(hans) ?? null,
      n: occ?.n ?? 0,
      o: occ ? [...occ.o].sort((a, b) => a - b) : [],
    };
    if (s.length === 0) entry.c = true;
    words[hans] = entry;
  };
  for (const [hans, f] of forms) make(hans, [...f.values()]);
  // A word missing from CEDICT is looked up by its characters: every such character gets its own entry.
  for (const [hans, entry] of Object.entries(words)) {
    if (!entry.c) continue;
    const hant = [...entry.f[0]![0]];
    const hk = [...entry.f[0]![1]];
    [...hans].forEach((ch, i) => {
      if (!words[ch] && HAN.test(ch)) make(ch, [[hant[i] ?? ch, hk[i] ?? ch]]);
    });
  }
  return {
    attribution: { ...credits, snapshot: sources.snapshot },
    paragraphs,
    words,
    ui: lookupLabels(edition),
  };
}

/** Senses of an entry in the order a reader of this context wants: the page's reading first. */
export function sensesForReading(entry: WordEntry, reading: string): { matching: Sense[]; other: Sense[] } {
  const key = reading.normalize('NFC').toLowerCase();
  const matching = entry.s.filter((s) => s.p.toLowerCase() === key);
  return { matching, other: entry.s.filter((s) => !matching.includes(s)) };
}
