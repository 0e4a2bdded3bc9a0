import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { anchorAliasesSchema, type AnchorAlias } from '../../schemas/anchor-aliases.ts';
import { conferenceSchema, type ConferenceData } from '../../schemas/conference.ts';
import { dictionaryCreditsSchema, type DictionaryCredits } from '../../schemas/dictionary-credits.ts';
import { correctionsSchema, type Correction } from '../../schemas/corrections.ts';
import { glossarySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { outletsSchema, type OutletsData } from '../../schemas/outlets.ts';
import { pinyinOverridesSchema, scriptOverridesSchema, type PinyinOverride, type ScriptOverride } from '../../schemas/reading-overrides.ts';
import { topicsSchema, type TopicsData } from '../../schemas/topics.ts';
import { translationEntrySchema, type SentenceGroupEntry, type TranslationEntry } from '../../schemas/translations.ts';
import { standingTermsSchema, type StandingTerm } from '../../schemas/standing-terms.ts';
import { uiStringsSchema, type UiStrings } from '../../schemas/ui.ts';
import { wordJoinsSchema, type WordJoin } from '../../schemas/word-joins.ts';
import { properNounExceptionsSchema, type ProperNounException } from '../../schemas/proper-nouns.ts';
import { loadDictionarySources, type DictionarySources } from '../dictionary/sources.ts';
import { parseFingerprint, type Fingerprint } from '../translate/fingerprint.ts';
import { SourceError } from './errors.ts';
import { DEFAULT_PATHS, type AuthoredPaths } from './paths.ts';
import { parseYaml, parseYamlEntries, type Loaded } from './yaml.ts';

export { DEFAULT_PATHS, type AuthoredPaths };

/** A source transcript as read: its bytes and the path used in every message. */
export interface RawSource {
  file: string;
  bytes: Uint8Array;
}

/** One sentence group as authored: the Chinese sentences it renders (1-based, inclusive) and their English. */
export interface AuthoredSentenceGroup {
  /** The first and the last Chinese sentence the group renders, numbered from 1. */
  zh: { first: number; last: number };
  /** The group's English, whitespace-normalised. */
  en: string;
  /** The line where the group's item starts. */
  line: number;
}

/** One paragraph's English as authored, with where it stands. */
export interface TranslationRecord {
  /** The whole English: the groups' English joined by single spaces. */
  en: string;
  /** The sentence groups, in order; null when the English is one string (a paragraph of one Chinese sentence). */
  groups: AuthoredSentenceGroup[] | null;
  /** What the source reads and how it was read, for paragraphs with a faulty source. */
  flag: string | null;
  /** The fingerprint of the Chinese the English was made for; null when the entry was never stamped. */
  fingerprint: Fingerprint | null;
  /** The entry as written, with any further fields its schema allows (for the consistency checks). */
  entry: TranslationEntry;
  file: string;
  line: number;
}

/**
 * Everything the edition is made from, read once and validated, each entry
 * still able to say where it stands in its file. No stage after this reads a file.
 */
export interface Authored {
  sources: { full: RawSource[]; digest: RawSource };
  conference: Loaded<ConferenceData>;
  topics: Loaded<TopicsData>;
  outlets: Loaded<OutletsData>;
  glossary: Loaded<GlossaryEntry[]>;
  corrections: Loaded<Correction[]>;
  pinyinOverrides: Loaded<PinyinOverride[]>;
  scriptOverrides: Loaded<ScriptOverride[]>;
  anchorAliases: Loaded<AnchorAlias[]>;
  /** Corrections to the segmenter's word boundaries (content/data/word-joins.yaml). */
  wordJoins: Loaded<WordJoin[]>;
  /** Words CC-CEDICT knows only as names that the text uses as common words (content/data/proper-nouns.yaml). */
  properNounExceptions: Loaded<ProperNounException[]>;
  /** The style guide's standing terms (content/data/standing-terms.yaml). */
  standingTerms: Loaded<StandingTerm[]>;
  ui: Loaded<UiStrings>;
  /** Paragraph ID → its English. */
  translations: Map<string, TranslationRecord>;
  /** Folder of the translation files (to name the file a missing translation belongs in). */
  translationsDir: string;
  /** The authored prose pages, whose quoted Chinese the edition converts too. */
  pages: { file: string; text: string }[];
  /**
   * The dictionary sources (CC-CEDICT rows and classifiers, HSK 2.0 levels, BCC
   * frequency ranks) from the installed cc-cedict and chinese-lexicon packages,
   * read once per process (src/lib/dictionary/sources.ts).
   */
  dictionary: DictionarySources;
  /** The dictionary subset's source, licence and schemes (content/data/dictionary.yaml). */
  dictionaryCredits: Loaded<DictionaryCredits>;
}

const HAN = /\p{Script=Han}/u;

/** How strictly to read: the build needs every correction stamped; the stamping tool reads unstamped ones. */
export interface LoadOptions {
  allowUnstamped?: boolean;
}

/**
 * Read and validate every authored file, and the dictionary sources of the
 * installed packages (read once per process, then shared).
 *
 * @throws SourceError naming the file and line of the first problem.
 */
export function loadAuthored(paths: AuthoredPaths = DEFAULT_PATHS, options: LoadOptions = {}): Authored {
  const data = (name: string) => join(paths.dataDir, name);
  const optional = <T extends z.ZodType>(file: string, schema: T, empty: z.infer<T>): Loaded<z.infer<T>> =>
    existsSync(file) ? yamlFile(file, schema) : { file, data: empty, lineOf: () => 1 };
  const corrections = optional(data('corrections.yaml'), correctionsSchema, []);
  if (!options.allowUnstamped) {
    const i = corrections.data.findIndex((c) => c.fingerprint === undefined);
    if (i >= 0) {
      const c = corrections.data[i]!;
      throw new SourceError(corrections.file, corrections.lineOf([i]), `“${c.id}” has no fingerprint of its paragraph ${c.paragraph}: check it against the paragraph, then run \`npm run translations:stamp\``);
    }
  }
  return {
    sources: { full: (typeof paths.fullTranscript === 'string' ? [paths.fullTranscript] : paths.fullTranscript).map(sourceFile), digest: sourceFile(paths.digest) },
    conference: yamlFile(data('conference.yaml'), conferenceSchema),
    topics: yamlFile(data('topics.yaml'), topicsSchema),
    outlets: yamlFile(data('outlets.yaml'), outletsSchema),
    glossary: yamlFile(data('glossary.yaml'), glossarySchema),
    corrections,
    pinyinOverrides: optional(data('pinyin-overrides.yaml'), pinyinOverridesSchema, []),
    scriptOverrides: optional(data('traditional-overrides.yaml'), scriptOverridesSchema, []),
    anchorAliases: optional(data('anchor-aliases.yaml'), anchorAliasesSchema, []),
    wordJoins: optional(data('word-joins.yaml'), wordJoinsSchema, []),
    properNounExceptions: optional(data('proper-nouns.yaml'), properNounExceptionsSchema, []),
    standingTerms: optional(data('standing-terms.yaml'), standingTermsSchema, []),
    ui: yamlFile(paths.uiFile, uiStringsSchema),
    translations: translationFiles(paths.translationsDir),
    translationsDir: paths.translationsDir,
    pages: proseFiles(paths.pagesDir),
    dictionary: loadDictionarySources(),
    dictionaryCredits: yamlFile(data('dictionary.yaml'), dictionaryCreditsSchema),
  };
}

function proseFiles(dir: string): { file: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: join(dir, f), text: readText(join(dir, f), 'a prose page') }));
}

function sourceFile(file: string): RawSource {
  try {
    return { file, bytes: readFileSync(file) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read the file';
    throw new SourceError(file, 1, reason);
  }
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read the file';
    throw new SourceError(file, 1, `${reason} (${what})`);
  }
}

function yamlFile<T extends z.ZodType>(file: string, schema: T): Loaded<z.infer<T>> {
  return parseYaml(readText(file, 'a data file'), file, schema);
}

/**
 * Every translation file of a folder (`*.yaml`), keyed by paragraph ID. Each
 * entry is checked on its own: well-formed, not empty, no Chinese characters
 * unless explicitly allowed, no ID given twice.
 */
function translationFiles(dir: string): Map<string, TranslationRecord> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    throw new SourceError(dir, 1, 'no such folder (the English translations)');
  }
  const all = new Map<string, TranslationRecord>();
  for (const name of names) {
    const file = join(dir, name);
    const entries = parseYamlEntries(readText(file, 'a translation file'), file, translationEntrySchema, () => 'expected English text, or { fingerprint, en, flag }');
    for (const { key: id, value, line, lineOf } of entries) {
      const entry = typeof value === 'string' ? { en: value } : value;
      const groups = typeof entry.en === 'string' ? null : entry.en.map((g, i) => sentenceGroup(g, lineOf(['en', i])));
      const en = groups ? groups.map((g) => g.en).join(' ') : normalise(entry.en as string);
      if (en === '') throw new SourceError(file, line, `“${id}”: the translation is empty`);
      const empty = groups?.find((g) => g.en === '');
      if (empty) throw new SourceError(file, empty.line, `“${id}”: the sentence group of Chinese sentence ${refText(empty.zh)} has no English`);
      const allowed = 'allowChinese' in entry ? (entry.allowChinese ?? '') : '';
      const stray = [...en].filter((c) => HAN.test(c) && !allowed.includes(c));
      if (stray.length) throw new SourceError(file, line, `“${id}”: the English still contains Chinese characters (${stray.join('')})`);
      const previous = all.get(id);
      if (previous) throw new SourceError(file, line, `“${id}” is translated twice (also ${basename(previous.file)}:${previous.line})`);
      const fingerprint = 'fingerprint' in entry && entry.fingerprint !== undefined ? parseFingerprint(entry.fingerprint) : null;
      all.set(id, { en, groups, flag: 'flag' in entry ? (entry.flag ?? null) : null, fingerprint, entry: value, file, line });
    }
  }
  return all;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ');

/** How a group's Chinese sentences are written: `2`, or `2-3`. */
export const refText = (zh: AuthoredSentenceGroup['zh']) => (zh.first === zh.last ? String(zh.first) : `${zh.first}-${zh.last}`);

function sentenceGroup(g: SentenceGroupEntry, line: number): AuthoredSentenceGroup {
  const [first, last] = typeof g.zh === 'number' ? [g.zh, g.zh] : g.zh.split('-').map((n) => Number(n.trim()));
  return { zh: { first: first!, last: last! }, en: normalise(g.en), line };
}
