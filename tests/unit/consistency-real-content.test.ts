import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import {
  checkCorrectionsAgainstFlags,
  checkGlossaryRenderings,
  checkQuotations,
  checkStandingTerms,
  type CorrectionInput,
  type FlagInput,
  type GlossaryTermInput,
  type StandingTermInput,
} from '../../src/lib/consistency/index.ts';
import type { SourceLocation } from '../../src/schemas/common.ts';

// The real content must pass the consistency checks. The authored YAML is read
// here directly (with line numbers); the Chinese of each paragraph and the
// glossary terms marked in it come from a content build into a temporary
// folder (its topics/*.md frontmatter), or, if that build fails, from
// content/generated/edition.json. Without either the suite fails: nothing is
// skipped silently.

const TRANSLATIONS = 'content/translations';
const GLOSSARY = 'content/data/glossary.yaml';
const CORRECTIONS = 'content/data/corrections.yaml';
const STANDING_TERMS = 'content/data/standing-terms.yaml';
const TOPICS = 'content/data/topics.yaml';

interface BuiltParagraph {
  id: string;
  zh: string;
  en: string;
  terms: string[];
  role: 'full' | 'digest';
  /** Topic slug, or null for the ledes. */
  topic: string | null;
}

interface YamlItem {
  value: Record<string, unknown>;
  at: SourceLocation;
}

function parse(file: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  const line = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  return { doc, line };
}

/** The entries of a YAML list file, each with its line. */
function listItems(file: string): YamlItem[] {
  const { doc, line } = parse(file);
  if (!isSeq(doc.contents)) throw new Error(`${file} is not a list`);
  return doc.contents.items.map((item) => ({ value: (item as Node).toJSON() as Record<string, unknown>, at: { file, line: line(item as Node) } }));
}

/** The entries of a YAML map file, keyed, each with the line of its key. */
function mapItems(file: string): { key: string; value: unknown; at: SourceLocation }[] {
  const { doc, line } = parse(file);
  if (!isMap(doc.contents)) throw new Error(`${file} is not a map`);
  return doc.contents.items.map((pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : '',
    value: (pair.value as Node | null)?.toJSON(),
    at: { file, line: line(pair.key as Node) },
  }));
}

interface TranslationItem {
  id: string;
  en: string;
  flag: string | null;
  reads?: string | string[];
  readAs?: string | string[];
  at: SourceLocation;
}

function translationItems(): TranslationItem[] {
  const files = readdirSync(TRANSLATIONS).filter((f) => f.endsWith('.yaml')).sort();
  return files.flatMap((f) =>
    mapItems(join(TRANSLATIONS, f)).map(({ key, value, at }) => {
      if (typeof value === 'string') return { id: key, en: value, flag: null, at };
      const v = value as { en: string; flag?: string; reads?: string | string[]; readAs?: string | string[] };
      return { id: key, en: v.en, flag: v.flag ?? null, ...(v.reads ? { reads: v.reads } : {}), ...(v.readAs ? { readAs: v.readAs } : {}), at };
    }),
  );
}

// --- The paragraphs of a build ---------------------------------------------------------

const zhText = (zh: unknown): string => (typeof zh === 'string' ? zh : ((zh as { hans?: string } | null)?.hans ?? ''));
const termIds = (terms: unknown): string[] => ((terms as { term: string }[] | undefined) ?? []).map((t) => t.term);

function paragraphsOfTopic(topic: Record<string, unknown>): BuiltParagraph[] {
  const slug = String(topic.slug);
  return (['question', 'answer', 'digest'] as const).flatMap((part) =>
    (((topic[part] as { paragraphs?: Record<string, unknown>[] } | null)?.paragraphs ?? []) as Record<string, unknown>[]).map((p) => ({
      id: String(p.id),
      zh: zhText(p.zh),
      en: String(p.en),
      terms: termIds(p.terms),
      role: part === 'digest' ? ('digest' as const) : ('full' as const),
      topic: slug,
    })),
  );
}

function ledes(record: Record<string, unknown> | undefined): BuiltParagraph[] {
  if (!record) return [];
  return (['lede', 'digestLede'] as const)
    .map((k) => record[k] as Record<string, unknown> | undefined)
    .filter((p): p is Record<string, unknown> => !!p && typeof p.id === 'string')
    .map((p) => ({ id: String(p.id), zh: zhText(p.zh), en: String(p.en), terms: termIds(p.terms), role: p.id === 'digest-lede' ? 'digest' : 'full', topic: null }));
}

function frontmatter(text: string): Record<string, unknown> {
  const lines = text.split('\n');
  if (lines[0] !== '---') throw new Error('no frontmatter');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error('unterminated frontmatter');
  return parseDocument(lines.slice(1, end).join('\n')).toJSON() as Record<string, unknown>;
}

/** Paragraphs from a fresh build's topics/*.md (and its generated record for the ledes). */
function fromBuild(out: string): BuiltParagraph[] {
  const topicsDir = join(out, 'topics');
  const topics = readdirSync(topicsDir).filter((f) => f.endsWith('.md')).sort();
  if (topics.length === 0) throw new Error(`the build wrote no topics to ${topicsDir}`);
  const paragraphs = topics.flatMap((f) => paragraphsOfTopic(frontmatter(readFileSync(join(topicsDir, f), 'utf8'))));
  const edition = join(out, 'generated', 'edition.json');
  const conference = join(out, 'generated', 'conference.json');
  if (existsSync(edition)) paragraphs.push(...ledes(JSON.parse(readFileSync(edition, 'utf8'))));
  else if (existsSync(conference)) {
    const c = JSON.parse(readFileSync(conference, 'utf8'));
    paragraphs.push(...ledes(Array.isArray(c) ? c[0] : c));
  }
  return paragraphs;
}

/** Paragraphs from a committed edition record. */
function fromEdition(file: string): BuiltParagraph[] {
  const e = JSON.parse(readFileSync(file, 'utf8')) as { topics: Record<string, unknown>[] } & Record<string, unknown>;
  return [...e.topics.flatMap(paragraphsOfTopic), ...ledes(e)];
}

let built: BuiltParagraph[] = [];
let from = '';
let out = '';

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'pc-consistency-'));
  let buildError = '';
  try {
    execFileSync(process.execPath, ['scripts/build-content.ts', '--out', out], { encoding: 'utf8', stdio: 'pipe', timeout: 180_000 });
    built = fromBuild(out);
    from = `a content build into ${out}`;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    buildError = (e.stderr || e.message).trim();
  }
  if (built.length === 0) {
    const committed = 'content/generated/edition.json';
    if (!existsSync(committed)) {
      throw new Error(
        `cannot get the Chinese of the paragraphs: \`node scripts/build-content.ts --out ${out}\` failed (${buildError || 'no paragraphs'}), and ${committed} does not exist`,
      );
    }
    built = fromEdition(committed);
    from = committed;
  }
}, 240_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

// --- The inputs of the checks ----------------------------------------------------------

function inputs() {
  const translations = translationItems();
  const translationOf = new Map(translations.map((t) => [t.id, t]));
  const at = (id: string): SourceLocation => {
    const t = translationOf.get(id);
    if (!t) throw new Error(`paragraph ${id} (from ${from}) has no translation entry`);
    return t.at;
  };
  const glossary: GlossaryTermInput[] = listItems(GLOSSARY).map(({ value: v, at: loc }) => ({
    id: String(v.id),
    zh: String(v.zh),
    en: String(v.en),
    ...(v.variants ? { variants: v.variants as string[] } : {}),
    note: String(v.note),
    at: loc,
  }));
  const corrections: CorrectionInput[] = listItems(CORRECTIONS).map(({ value: v, at: loc }) => ({
    id: String(v.id),
    paragraph: String(v.paragraph),
    source: String(v.source),
    corrected: String(v.corrected),
    certainty: String(v.certainty),
    witness: v.witness === undefined ? undefined : String(v.witness),
    at: loc,
  }));
  const flags: FlagInput[] = translations.map((t) => ({ paragraph: t.id, flag: t.flag, reads: t.reads, readAs: t.readAs, at: t.at }));
  const standingTerms: StandingTermInput[] = listItems(STANDING_TERMS).map(({ value: v, at: loc }) => ({
    zh: v.zh as string[],
    en: v.en as string[],
    source: String(v.source ?? ''),
    ...(v.exceptions ? { exceptions: v.exceptions as { paragraph: string; reason: string }[] } : {}),
    at: loc,
  }));
  return { translations, at, glossary, corrections, flags, standingTerms };
}

// --- The tests -------------------------------------------------------------------------

describe('the real content', () => {
  it('has every paragraph of the build translated, and every translation entry is a paragraph', () => {
    const { translations } = inputs();
    expect(built.length, `paragraphs from ${from}`).toBeGreaterThan(100);
    const ids = new Set(built.map((p) => p.id));
    const entries = new Set(translations.map((t) => t.id));
    expect(built.filter((p) => !entries.has(p.id)).map((p) => p.id)).toEqual([]);
    // the photo caption is translated too but is not a paragraph
    expect([...entries].filter((id) => !ids.has(id) && id !== 'photo-caption')).toEqual([]);
    expect(built.filter((p) => p.zh === '').map((p) => p.id)).toEqual([]);
  });

  it('keeps glossary renderings and note quotations in agreement with the translation', () => {
    const { at, glossary } = inputs();
    const paragraphs = built.map((p) => ({ id: p.id, en: p.en, terms: p.terms, at: at(p.id) }));
    expect(paragraphs.some((p) => p.terms.length > 0), 'the build marks glossary terms').toBe(true);
    expect(checkGlossaryRenderings(glossary, paragraphs)).toEqual([]);
  });

  it('fails the glossary check when a real rendering goes back to one the text does not use', () => {
    const { at, glossary } = inputs();
    const paragraphs = built.map((p) => ({ id: p.id, en: p.en, terms: p.terms, at: at(p.id) }));
    const stale = glossary.map((g) => (g.id === 'eight-major-steps' ? { id: g.id, zh: g.zh, en: 'the eight major steps', note: g.note, at: g.at } : g));
    const problems = checkGlossaryRenderings(stale, paragraphs);
    expect(problems.map((p) => p.file)).toEqual([GLOSSARY]);
    expect(problems[0]!.message).toMatch(/eight-major-steps.*belt-and-road-d1/);
  });

  it('gives every correction a flag that names the same readings, and every certain correction a witness', () => {
    const { corrections, flags } = inputs();
    expect(corrections.length).toBeGreaterThan(15);
    const texts = built.map((p) => ({ id: p.id, zh: p.zh, role: p.role }));
    expect(checkCorrectionsAgainstFlags(corrections, flags, texts)).toEqual([]);
  });

  it('fails the corrections check when a real flag names another reading', () => {
    const { corrections, flags } = inputs();
    const edited = flags.map((f) => (f.paragraph === 'south-china-sea-a1' ? { ...f, readAs: ['航行于此', '弥足珍贵'] } : f));
    expect(checkCorrectionsAgainstFlags(corrections, edited).length).toBeGreaterThan(0);
  });

  it('keeps every standing term in the English of every paragraph that has it', () => {
    const { at, standingTerms } = inputs();
    expect(standingTerms.length).toBeGreaterThan(40);
    for (const t of standingTerms) expect(t.source.trim(), `source of ${t.zh.join('/')}`).not.toBe('');
    const paragraphs = built.map((p) => ({ id: p.id, zh: p.zh, en: p.en, at: at(p.id) }));
    expect(checkStandingTerms(standingTerms, paragraphs)).toEqual([]);
  });

  it('fails the standing-terms check when a real paragraph falls back to a generic rendering', () => {
    const { at, standingTerms } = inputs();
    const paragraphs = built.map((p) => ({ id: p.id, zh: p.zh, en: p.en.replace('South China Sea Islands (Nanhai Zhudao)', 'islands of the South China Sea'), at: at(p.id) }));
    const problems = checkStandingTerms(standingTerms, paragraphs);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/south-china-sea-a1 has the standing term 南海诸岛/), expect.stringMatching(/south-china-sea-d1 has the standing term 南海诸岛/)]);
  });

  it('quotes only the translation’s wording in the topic summaries', () => {
    const { doc, line } = parse(TOPICS);
    const summaries: { slug: string; text: string; at: SourceLocation }[] = [];
    const visit = (node: unknown) => {
      if (!isMap(node)) return;
      const slug = node.get('slug');
      const summary = node.get('summaryEn', true) as Node | undefined;
      if (typeof slug === 'string' && summary && isScalar(summary)) summaries.push({ slug, text: String(summary.value), at: { file: TOPICS, line: line(summary) } });
      for (const pair of node.items) visit(pair.value);
    };
    visit(doc.contents);
    expect(summaries.length).toBe(new Set(built.filter((p) => p.topic).map((p) => p.topic)).size);
    const texts = summaries.map((s) => ({
      text: s.text,
      what: `the summary of “${s.slug}”`,
      at: s.at,
      within: built.filter((p) => p.topic === s.slug).map((p) => p.id),
    }));
    expect(checkQuotations(texts, built)).toEqual([]);
  });

  it('has the style guide point to the standing terms instead of keeping a table of its own', () => {
    const guide = readFileSync(join(TRANSLATIONS, 'README.md'), 'utf8');
    expect(guide).toContain('standing-terms.yaml');
    expect(guide).not.toMatch(/^\| *Chinese *\| *English *\|/m);
    expect(guide).toMatch(/British English/);
  });
});
