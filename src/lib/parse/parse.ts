import type { RawSource } from '../load/authored.ts';
import { SourceError } from '../load/errors.ts';
import { normaliseSource } from './normalise.ts';
import { parseDigest } from './parse-digest.ts';
import { parseFullTranscript } from './parse-full.ts';
import type { Digest, FullTranscript, NormalisedSource, Parsed } from './types.ts';

/** The raw sources: the full transcript as one file or as its parts in page order, and the digest. */
export interface RawSources {
  full: RawSource | readonly RawSource[];
  digest: RawSource;
}

/**
 * The parse stage: normalise both sources, then read the full transcript into
 * its lede, opening remarks and question/answer units, and the digest into its
 * `谈…` sections.
 *
 * `sources.full` is one file or a list of parts in page order (a front page
 * ending at `(下转第四版)` and its continuation page): they are joined, a
 * paragraph split by the page break rebuilt.
 *
 * @param speaker the minister's name as printed in the speaker labels.
 * @throws SourceError naming file and line for anything it does not recognise.
 */
export function parseSources(sources: RawSources, speaker: string): Parsed {
  const raw = Array.isArray(sources.full) ? (sources.full as readonly RawSource[]) : [sources.full as RawSource];
  if (raw.length === 0) throw new Error('parseSources: no full-transcript part');
  const fullParts = raw.map((part) => normaliseSource(part.bytes, part.file, 'full'));
  const digest = normaliseSource(sources.digest.bytes, sources.digest.file, 'digest');
  const full = parseFullTranscript(fullParts, speaker);
  const parsedDigest = parseDigest(digest);
  checkTruncation(full, fullParts, parsedDigest);
  checkDigestHeadings(full, parsedDigest);
  const normalisedFull: NormalisedSource =
    fullParts.length === 1
      ? fullParts[0]!
      : { role: 'full', file: fullParts.map((p) => p.file).join(' + '), lines: fullParts.flatMap((p) => p.lines), changes: fullParts.flatMap((p) => p.changes.map((c) => `${p.file}: ${c}`)) };
  return {
    full,
    digest: parsedDigest,
    normalisation: { full: normalisedFull.changes, digest: digest.changes },
    normalised: { full: normalisedFull, digest },
    fullParts,
  };
}

/** How many characters of running wording a digest section must share with the full transcript to count as abridging it. */
const SHARED = 12;

/**
 * A transcript without a continuation marker claims to be complete. If some
 * digest section shares no wording with it, it is not: the marker was lost
 * (or the text cut at a sentence end). Say so at the transcript's last line
 * rather than let the build publish it as complete.
 */
function checkTruncation(full: FullTranscript, parts: NormalisedSource[], digest: Digest): void {
  if (full.continuation) return;
  const text = [full.lede, ...full.opening, ...full.units.flatMap((u) => [...u.question, ...u.answer])].map((p) => p.text).join('');
  // A section abridges the transcript when a good part of its wording is found there; sections too short to
  // hold a run of wording are not evidence either way.
  const missing = digest.sections.filter((section) => {
    const windows = section.paragraphs.flatMap((p) => windowsOf(p.text));
    return windows.length > 0 && windows.filter((w) => text.includes(w)).length * 4 < windows.length;
  });
  if (missing.length === 0) return;
  const lastPart = parts[parts.length - 1]!;
  let line = lastPart.lines.length;
  while (line > 1 && lastPart.lines[line - 1] === '') line--;
  const headings = [...new Set(missing.map((s) => `“${s.heading}”`))].join(', ');
  const ending = full.endMark ? `is marked complete by “${full.endMark.text}” (line ${full.endMark.line})` : 'ends here without a continuation marker (“(下转第X版)”)';
  throw new SourceError(lastPart.file, line, `the full transcript ${ending}, but the digest sections ${headings} (${digest.file}) have no answer in it: the transcript is truncated; keep its continuation marker or supply the missing page`);
}

/** The runs of wording a paragraph is compared by: consecutive slices of SHARED characters. */
function windowsOf(paragraph: string): string[] {
  const windows: string[] = [];
  for (let i = 0; i + SHARED <= paragraph.length; i += SHARED) windows.push(paragraph.slice(i, i + SHARED));
  return windows;
}

/**
 * Each digest section abridges one answer. A paragraph whose wording comes
 * from another answer than the rest of its section means a heading is missing
 * before it (the paragraphs of two sections ran together); a paragraph whose
 * wording is nowhere in the transcript, in a section that abridges an answer,
 * means text is missing from that answer (a transcript cut short at a sentence
 * end). Say so at the line concerned, not later as a mismatch elsewhere.
 */
function checkDigestHeadings(full: FullTranscript, digest: Digest): void {
  const turns = [
    { name: 'the opening remarks', paragraphs: full.opening },
    ...full.units.map((u) => ({ name: `the answer to question ${u.number} (${u.outlet})`, paragraphs: u.answer })),
  ].map((t) => ({ ...t, text: t.paragraphs.map((p) => p.text).join('') }));
  const everything = [full.lede, ...full.opening, ...full.units.flatMap((u) => [...u.question, ...u.answer])].map((p) => p.text).join('');
  for (const section of digest.sections) {
    let home: number | null = null;
    for (const paragraph of section.paragraphs) {
      const source = sourceTurn(paragraph.text, turns.map((t) => t.text));
      if (source === null) continue;
      if (home === null) {
        home = source;
      } else if (source !== home) {
        throw new SourceError(
          digest.file,
          paragraph.provenance.lines[0]!,
          `this paragraph abridges ${turns[source]!.name}, but the section “${section.heading}” (line ${section.headingLine}) abridges ${turns[home]!.name}: is a “谈…” heading missing before this paragraph?`,
        );
      }
    }
    if (home === null) continue;
    const orphan = section.paragraphs.find((p) => {
      const windows = windowsOf(p.text);
      return windows.length >= 2 && !windows.some((w) => everything.includes(w));
    });
    if (orphan) {
      const turn = turns[home]!;
      const end = turn.paragraphs.at(-1)!.provenance;
      const file = end.files?.at(-1) ?? end.file;
      const line = end.lines.at(-1)!;
      throw new SourceError(
        file,
        line,
        `${turn.name} ends here, but the digest section “${section.heading}” abridges it with a paragraph whose wording is not in the transcript (${digest.file}:${orphan.provenance.lines[0]}): is text missing from this answer (cut short after this line)?`,
      );
    }
  }
}

/** The turn a digest paragraph is clearly cut from: most of its wording found there and in no other turn. */
function sourceTurn(paragraph: string, turns: string[]): number | null {
  const windows = windowsOf(paragraph);
  if (windows.length < 2) return null;
  const hits = turns.map((turn) => windows.filter((w) => turn.includes(w)).length);
  const best = hits.indexOf(Math.max(...hits));
  const second = Math.max(...hits.filter((_, i) => i !== best), 0);
  return hits[best]! * 2 >= windows.length && second === 0 ? best : null;
}
