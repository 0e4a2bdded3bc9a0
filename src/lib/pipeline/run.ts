import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountCharacters, placedFromOutput } from './accounting.ts';
import { alignDigest } from './align.ts';
import { assembleTopics } from './assemble.ts';
import { loadYaml } from './authored.ts';
import { conferenceToJson, topicToMarkdown } from './emit.ts';
import { SourceError } from './errors.ts';
import { attachTranslations } from './attach-translations.ts';
import { annotateEditorial } from './editorial.ts';
import { annotateText, checkOverridesUsed } from './annotate.ts';
import { loadReadingOverrides, type ReadingOverrides } from '../reading/overrides.ts';
import { normaliseSource } from './normalise.ts';
import { type ConferenceOut, conferenceOutSchema, type GlossaryOut, glossaryOutSchema, type TopicOut, topicSchema } from './output-schema.ts';
import { parseDigest } from './parse-digest.ts';
import { parseFullTranscript } from './parse-full.ts';
import { conferenceSchema } from '../../schemas/conference.ts';
import { outletsSchema } from '../../schemas/outlets.ts';
import { topicsSchema } from '../../schemas/topics.ts';
import type { SourceRole } from './types.ts';

/** Where the pipeline reads from. */
export interface PipelineInput {
  fullTranscript: string;
  digest: string;
  /** Folder of the authored data files: conference, outlets, topics, glossary, corrections, pinyin and traditional overrides. */
  dataDir: string;
  /** Folder of the English translation files, one per topic. */
  translationsDir: string;
}

/** What the pipeline produces, before anything is written. */
export interface PipelineOutput {
  topics: TopicOut[];
  conference: ConferenceOut;
  /** File name → text, for the topics folder. */
  topicFiles: Map<string, string>;
  conferenceJson: string;
  glossary: GlossaryOut[];
  glossaryJson: string;
}

/**
 * Run the whole pipeline in memory: normalise → furniture → paragraphs →
 * parse (full, digest) → align → assemble → translations → annotate (pinyin,
 * traditional) → editorial layer (corrections, glossary, digest comparison) →
 * account → validate → render. Writes nothing.
 *
 * @throws SourceError naming file and line for any bad input.
 */
export function runPipeline(input: PipelineInput): PipelineOutput {
  const fullSource = normaliseSource(readSource(input.fullTranscript), input.fullTranscript, 'full');
  const digestSource = normaliseSource(readSource(input.digest), input.digest, 'digest');

  const conferenceFile = join(input.dataDir, 'conference.yaml');
  const outletsFile = join(input.dataDir, 'outlets.yaml');
  const topicsFile = join(input.dataDir, 'topics.yaml');
  const conferenceData = loadYaml(conferenceFile, conferenceSchema);

  const full = parseFullTranscript(fullSource, conferenceData.speaker.zh);
  const digest = parseDigest(digestSource);
  const alignment = alignDigest(full, digest);
  const topics = assembleTopics(full, digest, alignment, {
    conference: conferenceData,
    outlets: loadYaml(outletsFile, outletsSchema),
    outletsFile,
    topics: loadYaml(topicsFile, topicsSchema),
    topicsFile,
  });

  const conferenceDraft: ConferenceOut = {
    id: 'conference',
    facts: conferenceData,
    title: { zh: full.title.text, digestZh: digest.title.text, en: conferenceData.title.en },
    lede: { id: 'lede', zh: full.lede.text, en: '', flag: null, hant: '', hk: '', pinyin: '', terms: [], corrections: [], provenance: full.lede.provenance },
    digestLede: { id: 'digest-lede', zh: digest.lede.text, en: '', flag: null, hant: '', hk: '', pinyin: '', terms: [], corrections: [], provenance: digest.lede.provenance },
    furniture: [...full.furniture, ...digest.furniture],
    truncatedAfterQuestion: full.continuation ? full.units.length : null,
    continuation: full.continuation,
    normalisation: { full: fullSource.changes, digest: digestSource.changes },
    accounting: { full: emptyLedger(), digest: emptyLedger() },
    topicOrder: topics.map((t) => t.slug),
  };
  attachTranslations(topics, conferenceDraft, input.translationsDir);
  const overrides = loadReadingOverrides(input.dataDir);
  annotateAll(topics, conferenceDraft, overrides);
  const glossary = annotateEditorial(topics, conferenceDraft, input.dataDir, overrides).map((g) => glossaryOutSchema.parse(g));
  const ledger = (role: SourceRole, source: typeof fullSource) =>
    accountCharacters(source, placedFromOutput(role, topics, conferenceDraft, alignment.duplicates));
  const conference = conferenceOutSchema.parse({
    ...conferenceDraft,
    accounting: { full: ledger('full', fullSource), digest: ledger('digest', digestSource) },
  });

  const topicFiles = new Map<string, string>();
  for (const topic of topics) topicFiles.set(`${topic.slug}.md`, topicToMarkdown(topicSchema.parse(topic)));
  return { topics, conference, topicFiles, conferenceJson: conferenceToJson(conference), glossary, glossaryJson: `${JSON.stringify(glossary, null, 2)}\n` };
}

/** Attach traditional text and pinyin to every paragraph, after checking every override is used. */
function annotateAll(topics: TopicOut[], conference: ConferenceOut, overrides: ReadingOverrides): void {
  const paragraphs = [conference.lede, conference.digestLede, ...topics.flatMap((t) => [
    ...(t.question?.paragraphs ?? []),
    ...(t.answer?.paragraphs ?? []),
    ...(t.digest?.paragraphs ?? []),
  ])];
  const shortTexts = [conference.title.zh, ...topics.flatMap((t) => [t.title.zh, t.outlet?.zh ?? '', t.question?.label ?? '', t.answer?.label ?? ''])];
  checkOverridesUsed([...paragraphs.map((p) => p.zh), ...shortTexts], overrides);
  for (const p of paragraphs) Object.assign(p, annotateText(p.zh, overrides));
}

function emptyLedger(): ConferenceOut['accounting']['full'] {
  return { source: 0, paragraphs: 0, headings: 0, 'speaker-labels': 0, furniture: 0, duplicates: 0 };
}

function readSource(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read the file';
    throw new SourceError(file, 1, reason);
  }
}
