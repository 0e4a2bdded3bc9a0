import type { RawSource } from '../load/authored.ts';
import { normaliseSource } from './normalise.ts';
import { parseDigest } from './parse-digest.ts';
import { parseFullTranscript } from './parse-full.ts';
import type { Parsed } from './types.ts';

/**
 * The parse stage: normalise both sources, then read the full transcript into
 * its lede, opening remarks and question/answer units, and the digest into its
 * `谈…` sections.
 *
 * @param speaker the minister's name as printed in the speaker labels.
 * @throws SourceError naming file and line for anything it does not recognise.
 */
export function parseSources(sources: { full: RawSource; digest: RawSource }, speaker: string): Parsed {
  const full = normaliseSource(sources.full.bytes, sources.full.file, 'full');
  const digest = normaliseSource(sources.digest.bytes, sources.digest.file, 'digest');
  return {
    full: parseFullTranscript(full, speaker),
    digest: parseDigest(digest),
    normalisation: { full: full.changes, digest: digest.changes },
    normalised: { full, digest },
  };
}
