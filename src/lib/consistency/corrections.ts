import { CERTAINTIES, type SourceLocation } from '../../schemas/common.ts';
import { asList } from './text.ts';
import { problem, where, type Problem } from './types.ts';

/** An editorial correction as the check needs it (`content/data/corrections.yaml`). */
export interface CorrectionInput {
  id: string;
  /** The paragraph it corrects. */
  paragraph: string;
  /** The span as printed. */
  source: string;
  /** The corrected reading. */
  corrected: string;
  /** One of {@link CERTAINTIES}. */
  certainty: string;
  /** Where the corrected reading is printed (`digest`, or a named published text); needed for `certain`. */
  witness?: string | undefined;
  /** Where the entry starts in the corrections file. */
  at: SourceLocation;
}

/** A paragraph's translation entry, with its translator's flag and the readings it names. */
export interface FlagInput {
  /** The paragraph ID the entry translates. */
  paragraph: string;
  /** The flag shown to the reader, or null (or absent) when there is none. */
  flag?: string | null | undefined;
  /** The printed span(s) the flag corrects (`reads`). */
  reads?: string | readonly string[] | undefined;
  /** The corrected reading(s), pairing with `reads` in order (`readAs`). */
  readAs?: string | readonly string[] | undefined;
  /** Where the entry starts in its translation file. */
  at: SourceLocation;
}

/** A paragraph's Chinese, to check the readings against the text (optional input). */
export interface ChineseParagraph {
  id: string;
  zh: string;
  /** Which source the paragraph comes from; a `digest` witness must be found in a digest paragraph. */
  role: 'full' | 'digest';
}

/**
 * Check the corrections against the translators' flags.
 *
 * - The certainty is one of `certain | probable | uncertain`, and `certain`
 *   names a witness. With `paragraphs`, a witness `digest` must be borne out: the
 *   corrected reading occurs in a digest paragraph.
 * - Every correction's paragraph has a translation entry with a flag whose
 *   `reads`/`readAs` name the correction's printed span and corrected reading
 *   (pair by pair), and every pair the flag names is a correction of that
 *   paragraph.
 * - `reads` and `readAs` have as many entries each, and the flag shown to the
 *   reader quotes every printed span and corrected reading it names.
 * - With `paragraphs`, every span a flag `reads` occurs in the paragraph's Chinese.
 *
 * Pure: reads nothing, changes nothing.
 *
 * @param corrections every correction, with its location
 * @param translations the translation entries (at least those with a flag or of a corrected paragraph)
 * @param paragraphs optionally, every paragraph's Chinese and source
 * @returns the disagreements; empty when corrections and flags agree
 */
export function checkCorrectionsAgainstFlags(
  corrections: readonly CorrectionInput[],
  translations: readonly FlagInput[],
  paragraphs?: readonly ChineseParagraph[],
): Problem[] {
  const problems: Problem[] = [];
  const entries = new Map(translations.map((t) => [t.paragraph, t]));
  const chinese = paragraphs ? new Map(paragraphs.map((p) => [p.id, p])) : null;
  const digest = paragraphs?.filter((p) => p.role === 'digest') ?? [];
  const byParagraph = new Map<string, CorrectionInput[]>();
  for (const c of corrections) byParagraph.set(c.paragraph, [...(byParagraph.get(c.paragraph) ?? []), c]);

  for (const c of corrections) {
    if (!(CERTAINTIES as readonly string[]).includes(c.certainty)) {
      problems.push(problem(c.at, `“${c.id}”: certainty “${c.certainty}” is not one of ${CERTAINTIES.join(', ')}`));
    }
    const witness = c.witness?.trim() ?? '';
    if (c.certainty === 'certain' && witness === '') {
      problems.push(problem(c.at, `“${c.id}” is marked certain but names no witness: give the text that prints “${c.corrected}” (witness: digest, or the published text), or lower the certainty`));
    }
    if (witness === 'digest' && chinese && !digest.some((p) => p.zh.includes(c.corrected))) {
      problems.push(problem(c.at, `“${c.id}” names the digest as witness, but no digest paragraph reads “${c.corrected}”`));
    }
    const t = entries.get(c.paragraph);
    if (!t) {
      problems.push(problem(c.at, `“${c.id}”: paragraph ${c.paragraph} has no translation entry to carry its flag`));
      continue;
    }
    if (!t.flag || t.flag.trim() === '') {
      problems.push(problem(t.at, `${c.paragraph} has the correction “${c.id}” (${where(c.at)}) but no translator's flag: add flag, reads: ${c.source}, readAs: ${c.corrected}`));
      continue;
    }
    const reads = asList(t.reads);
    const readAs = asList(t.readAs);
    const pair = reads.findIndex((r, i) => r === c.source && readAs[i] === c.corrected);
    if (pair >= 0) continue;
    const same = reads.indexOf(c.source);
    if (same >= 0 && readAs[same] !== undefined) {
      problems.push(problem(t.at, `${c.paragraph}: the flag reads ${c.source} as ${readAs[same]}, but the correction “${c.id}” (${where(c.at)}) reads it as ${c.corrected}`));
    } else {
      problems.push(problem(t.at, `${c.paragraph}: the flag does not name the correction “${c.id}” (${where(c.at)}): add reads: ${c.source}, readAs: ${c.corrected}`));
    }
  }

  for (const t of translations) {
    const reads = asList(t.reads);
    const readAs = asList(t.readAs);
    if (reads.length === 0 && readAs.length === 0) continue;
    if (reads.length !== readAs.length) {
      problems.push(problem(t.at, `${t.paragraph}: reads names ${reads.length} reading(s) but readAs ${readAs.length}; they pair in order`));
    }
    if (!t.flag || t.flag.trim() === '') problems.push(problem(t.at, `${t.paragraph}: reads/readAs without a flag to say so to the reader`));
    const mine = byParagraph.get(t.paragraph) ?? [];
    const text = chinese?.get(t.paragraph);
    if (chinese && !text) problems.push(problem(t.at, `${t.paragraph}: the flag names readings of a paragraph that does not exist`));
    reads.forEach((r, i) => {
      const as = readAs[i];
      if (as !== undefined && !mine.some((c) => c.source === r && c.corrected === as)) {
        problems.push(problem(t.at, `${t.paragraph}: the flag reads ${r} as ${as}, but no correction of ${t.paragraph} says so; add the correction, or make the flag a note without reads/readAs`));
      }
      if (text && !text.zh.includes(r)) problems.push(problem(t.at, `${t.paragraph}: the flag reads “${r}”, which is not in the paragraph's Chinese`));
    });
    if (t.flag) {
      for (const s of [...new Set([...reads, ...readAs])]) {
        if (!t.flag.includes(s)) problems.push(problem(t.at, `${t.paragraph}: the flag shown to the reader does not mention ${s}, which its reads/readAs name`));
      }
    }
  }
  return problems;
}
