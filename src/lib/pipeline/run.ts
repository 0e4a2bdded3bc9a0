import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountCharacters, placedFromOutput } from './accounting.ts';
import { alignDigest } from './align.ts';
import { assembleTopics } from './assemble.ts';
import { loadYaml } from './authored.ts';
import { conferenceToJson, topicToMarkdown } from './emit.ts';
import { SourceError } from './errors.ts';
import { attachTranslations } from './attach-translations.ts';
import { normaliseSource } from './normalise.ts';
import { type ConferenceOut, conferenceOutSchema, type TopicOut, topicSchema } from './output-schema.ts';
import { parseDigest } from './parse-digest.ts';
import { parseFullTranscript } from './parse-full.ts';
import { conferenceSchema, outletsSchema, topicsSchema } from './schemas.ts';
import type { SourceRole } from './types.ts';

/** Where the pipeline reads from. */
export interface PipelineInput {
  fullTranscript: string;
  digest: string;
  /** Folder of the authored data files (conference.yaml, outlets.yaml, topics.yaml). */
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
}

/**
 * Run the whole pipeline in memory: normalise → paragraphs → parse (full,
 * digest) → align → assemble → account → validate → render. Writes nothing.
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
    lede: { id: 'lede', zh: full.lede.text, en: '', flag: null, provenance: full.lede.provenance },
    digestLede: { id: 'digest-lede', zh: digest.lede.text, en: '', flag: null, provenance: digest.lede.provenance },
    furniture: [...full.furniture, ...digest.furniture],
    truncatedAfterQuestion: full.continuation ? full.units.length : null,
    continuation: full.continuation,
    normalisation: { full: fullSource.changes, digest: digestSource.changes },
    accounting: { full: {}, digest: {} },
    topicOrder: topics.map((t) => t.slug),
  };
  attachTranslations(topics, conferenceDraft, input.translationsDir);
  const ledger = (role: SourceRole, source: typeof fullSource) =>
    accountCharacters(source, placedFromOutput(role, topics, conferenceDraft, alignment.duplicates));
  const conference = conferenceOutSchema.parse({
    ...conferenceDraft,
    accounting: { full: ledger('full', fullSource), digest: ledger('digest', digestSource) },
  });

  const topicFiles = new Map<string, string>();
  for (const topic of topics) topicFiles.set(`${topic.slug}.md`, topicToMarkdown(topicSchema.parse(topic)));
  return { topics, conference, topicFiles, conferenceJson: conferenceToJson(conference) };
}

function readSource(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read the file';
    throw new SourceError(file, 1, reason);
  }
}
