import type { Loaded } from '../load/yaml.ts';
import type { OutletsData } from '../../schemas/outlets.ts';
import type { TopicShape } from '../../schemas/topic-model.ts';
import type { TopicsData } from '../../schemas/topics.ts';
import type { Parsed, Provenance } from '../parse/types.ts';
import { alignDigest } from './align-digest.ts';
import { assembleTopics } from './assemble-topics.ts';
import type { DuplicateSection } from './types.ts';

/** A paragraph with its anchor ID: Chinese text and provenance only. */
export interface AlignedParagraph {
  id: string;
  zh: string;
  provenance: Provenance;
}

/** A digest paragraph, with the parts of the answer it abridges (answer paragraph IDs, code-unit ranges). */
export interface AlignedDigestParagraph extends AlignedParagraph {
  spans: { paragraph: string; from: number; to: number }[];
  /** Share of the digest paragraph's wording found in the answer (0..1). */
  coverage: number;
}

export type AlignedTopic = TopicShape<AlignedParagraph, AlignedDigestParagraph, string>;

/** The align stage's result: the topics in press-conference order, every paragraph identified. */
export interface Aligned {
  parsed: Parsed;
  topics: AlignedTopic[];
  lede: AlignedParagraph;
  digestLede: AlignedParagraph;
  /** Digest sections printed twice: the copies not kept. */
  duplicates: DuplicateSection[];
}

/**
 * The align stage: match each digest section to the answer it abridges (by
 * shared wording), then assemble the topics with their authored titles and
 * outlets and give every paragraph its stable ID.
 */
export function alignSources(parsed: Parsed, topics: Loaded<TopicsData>, outlets: Loaded<OutletsData>): Aligned {
  const alignment = alignDigest(parsed.full, parsed.digest);
  return {
    parsed,
    topics: assembleTopics(parsed.full, parsed.digest, alignment, topics, outlets),
    lede: { id: 'lede', zh: parsed.full.lede.text, provenance: parsed.full.lede.provenance },
    digestLede: { id: 'digest-lede', zh: parsed.digest.lede.text, provenance: parsed.digest.lede.provenance },
    duplicates: alignment.duplicates,
  };
}
