import { z } from 'zod';
import { buildDictionary } from '../dictionary/build-dictionary.ts';
import { dictionarySchema, LOOKUP_LABELS, type Dictionary } from '../../schemas/dictionary.ts';
import { editionSchema, type Edition } from '../../schemas/edition.ts';
import { alignSources } from '../align/aligned.ts';
import { annotate, type Annotated } from '../annotate/annotate.ts';
import type { Authored } from '../load/authored.ts';
import { parseSources } from '../parse/parse.ts';
import { translate } from '../translate/translate.ts';
import { accountCharacters, placedInEdition } from './accounting.ts';
import { consistencyProblems } from './consistency.ts';
import { crossReferenceProblems } from './cross-references.ts';
import { SourceError } from '../load/errors.ts';

/** An internal check of the finished edition failed: a defect of the build, not of an authored file. */
export class EditionError extends Error {
  override name = 'EditionError';
}

/**
 * The whole content build, in memory: parse → align → translate → annotate →
 * edition. Reads no file (the authored material comes in loaded) and writes
 * none (see emit.ts).
 *
 * @throws SourceError naming file and line for bad input; EditionError when a
 * check of the finished edition fails.
 */
export function buildEdition(authored: Authored): Edition {
  const parsed = parseSources(authored.sources, authored.conference.data.speaker.zh);
  const aligned = alignSources(parsed, authored.topics, authored.outlets);
  const translated = translate(aligned, authored.translations, authored.translationsDir);
  return assembleEdition(annotate(translated, authored), authored);
}

/** What the content build writes: the edition document and the dictionary subset made from it. */
export interface ContentBuild {
  edition: Edition;
  dictionary: Dictionary;
}

/**
 * The whole content build, in memory: the edition (buildEdition), then the
 * dictionary subset of its words and characters, validated against its
 * schema. Reads and writes no file.
 *
 * @throws SourceError naming file and line for bad input (an interface label
 * of the lookup missing from content/ui.yaml); EditionError when a check of
 * the edition or of the subset fails.
 */
export function buildContent(authored: Authored): ContentBuild {
  const missing = LOOKUP_LABELS.filter((k) => !(k in authored.ui.data));
  if (missing.length) throw new SourceError(authored.ui.file, 1, `no interface string ${missing.map((k) => `“${k}”`).join(', ')} (the dictionary entry's labels)`);
  const edition = buildEdition(authored);
  const parsed = dictionarySchema.safeParse(buildDictionary(edition, authored.dictionary, authored.dictionaryCredits.data));
  if (!parsed.success) throw new EditionError(`the dictionary subset does not match its schema:\n${z.prettifyError(parsed.error)}`);
  return { edition, dictionary: parsed.data };
}

/**
 * The edition stage: check the editorial apparatus against itself, account
 * for every character of both sources, then
 * validate the document against its schema and check its cross-references.
 */
export function assembleEdition(a: Annotated, authored: Authored): Edition {
  const disagreements = consistencyProblems(a, authored);
  if (disagreements.length) {
    const [first, ...rest] = disagreements;
    const more = rest.map((p) => `\n${p.file}:${p.line}: ${p.message}`).join('');
    throw new SourceError(first!.file, first!.line, `${first!.message}${more}`);
  }
  const { normalised } = a.translated.parsed;
  let accounting: Edition['accounting'];
  try {
    accounting = { full: accountCharacters(normalised.full, placedInEdition('full', a)), digest: accountCharacters(normalised.digest, placedInEdition('digest', a)) };
  } catch (error) {
    throw new EditionError((error as Error).message);
  }
  const aliases: Edition['anchorAliases'] = {};
  for (const alias of authored.anchorAliases.data) (aliases[alias.page] ??= {})[alias.from] = alias.to;
  const { full } = a.translated.parsed;

  const draft: Edition = {
    facts: a.facts,
    title: a.title,
    lede: a.lede,
    digestLede: a.digestLede,
    furniture: a.furniture,
    truncatedAfterQuestion: full.continuation ? full.units.length : null,
    continuation: a.continuation,
    normalisation: a.translated.parsed.normalisation,
    accounting,
    topics: a.topics,
    glossary: a.glossary,
    ui: a.ui,
    anchorAliases: aliases,
    prose: a.prose,
  };
  const parsed = editionSchema.safeParse(draft);
  if (!parsed.success) throw new EditionError(`the edition does not match its schema:\n${z.prettifyError(parsed.error)}`);
  const problems = crossReferenceProblems(parsed.data);
  if (problems.length) throw new EditionError(`the edition's cross-references do not hold:\n- ${problems.join('\n- ')}`);
  return parsed.data;
}
