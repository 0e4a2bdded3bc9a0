import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { BUILD_LINK, GENERATED } from '../lib/edition/emit.ts';
import { dictionarySchema, type Dictionary } from '../schemas/dictionary.ts';
import type { Edition, EditionTopic } from '../schemas/edition.ts';
import { vocabulary, type VocabularyRow } from '../lib/dictionary/vocabulary.ts';

/**
 * The edition document, as the content build wrote it (content/build/generated/edition.json).
 * Pages read everything from here; they compute nothing the build could.
 */
export async function getEdition(): Promise<Edition> {
  const entry = await getEntry('edition', 'edition');
  if (!entry) throw new Error('content/build/generated/edition.json is missing: run `npm run content`');
  const { id: _id, ...edition } = entry.data;
  return edition;
}

/** Where the content build wrote the dictionary subset. */
const DICTIONARY_FILE = join('content', BUILD_LINK, 'generated', GENERATED.dictionary);

let dictionaryText: string | undefined;
let dictionary: Dictionary | undefined;

/**
 * The dictionary subset as the content build wrote it
 * (content/build/generated/dictionary.json), as text: what /data/dictionary.json serves.
 */
export function getDictionaryText(): string {
  if (dictionaryText !== undefined) return dictionaryText;
  try {
    dictionaryText = readFileSync(DICTIONARY_FILE, 'utf8');
  } catch {
    throw new Error(`${DICTIONARY_FILE} is missing: run \`npm run content\``);
  }
  return dictionaryText;
}

/** The dictionary subset (content/build/generated/dictionary.json), validated: what the vocabulary pages and downloads read. */
export function getDictionary(): Dictionary {
  return (dictionary ??= dictionarySchema.parse(JSON.parse(getDictionaryText())));
}

const vocabularies = new Map<string, Promise<VocabularyRow[]>>();

/**
 * The vocabulary of a topic (`slug`) or of the whole press conference (no
 * slug), computed once per build: a topic's page, its CSV and its TSV share it.
 */
export function getVocabulary(slug?: string): Promise<VocabularyRow[]> {
  const key = slug ?? '';
  let rows = vocabularies.get(key);
  if (!rows) vocabularies.set(key, (rows = getEdition().then((edition) => vocabulary(edition, getDictionary(), slug))));
  return rows;
}

/** The topic collection (content/build/topics/*.md) in the order of the press conference. */
export async function getTopics(): Promise<EditionTopic[]> {
  return (await getCollection('topics')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** Static paths for routes with one page per topic (`/topics/[slug]/`, `/hant/topics/[slug]/`). */
export async function topicStaticPaths() {
  return (await getTopics()).map((topic) => ({ params: { slug: topic.slug }, props: { topic } }));
}
