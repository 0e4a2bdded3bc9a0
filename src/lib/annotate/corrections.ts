import type { Correction } from '../../schemas/corrections.ts';
import { SourceError } from '../load/errors.ts';
import type { Loaded } from '../load/yaml.ts';
import { excerptOf, matches, parseFingerprint, tailOf } from '../translate/fingerprint.ts';

/** A correction placed in its paragraph: code-point range [from, to) of the printed text. */
export interface PlacedCorrection extends Correction {
  from: number;
  to: number;
}

/**
 * Place each correction in its paragraph. The printed text must occur exactly
 * once in the named paragraph; corrections in one paragraph must not overlap.
 *
 * A correction with a fingerprint must have been made for the paragraph's
 * current Chinese: a changed or moved paragraph makes it stale (the loader
 * makes sure every authored correction has one).
 *
 * @param texts paragraph ID → Chinese text
 * @param sources paragraph ID → its source file and first line, to name where a stale correction's paragraph stands
 * @throws SourceError naming the corrections file and the entry's line
 */
export function placeCorrections(
  corrections: Loaded<Correction[]>,
  texts: ReadonlyMap<string, string>,
  sources: ReadonlyMap<string, { file: string; line: number }> = new Map(),
): Map<string, PlacedCorrection[]> {
  const { file } = corrections;
  const placed = new Map<string, PlacedCorrection[]>();
  const ids = new Set<string>();
  corrections.data.forEach((c, i) => {
    const line = () => corrections.lineOf([i]);
    if (ids.has(c.id)) throw new SourceError(file, line(), `the id “${c.id}” is used twice`);
    ids.add(c.id);
    const text = texts.get(c.paragraph);
    if (text === undefined) throw new SourceError(file, line(), `“${c.id}”: there is no paragraph “${c.paragraph}”`);
    const at = text.indexOf(c.source);
    if (at < 0) throw new SourceError(file, line(), `“${c.id}”: “${c.source}” does not occur in ${c.paragraph}`);
    if (text.indexOf(c.source, at + 1) >= 0) throw new SourceError(file, line(), `“${c.id}”: “${c.source}” occurs more than once in ${c.paragraph}; quote a longer span`);
    const stamp = c.fingerprint === undefined ? null : parseFingerprint(c.fingerprint);
    if (stamp && !matches(stamp, text)) {
      const src = sources.get(c.paragraph);
      const where = src ? ` (${src.file}:${src.line})` : '';
      throw new SourceError(
        file,
        line(),
        `“${c.id}”: stale correction: it was made for ${c.paragraph} reading “${stamp.excerpt}” (${stamp.hash}), but the paragraph now reads “${excerptOf(text)}”, ending “${tailOf(text)}”${where}: check the correction, then run \`npm run translations:stamp\``,
      );
    }
    const from = [...text.slice(0, at)].length;
    const to = from + [...c.source].length;
    const list = placed.get(c.paragraph) ?? [];
    const clash = list.find((o) => o.from < to && from < o.to);
    if (clash) throw new SourceError(file, line(), `“${c.id}” overlaps “${clash.id}” in ${c.paragraph}`);
    list.push({ ...c, from, to });
    list.sort((a, b) => a.from - b.from);
    placed.set(c.paragraph, list);
  });
  return placed;
}
