/**
 * Where the Hong Kong standard differs from the Taiwan standard in a text:
 * `index:char` pairs (code-point index), comma-separated, or null when the two
 * agree. The page ships the Taiwan text; the client patches these characters
 * when the reader chooses Hong Kong forms (臺→台, 著→着, 裡→裏 …).
 */
export function hkDiff(tw: string, hk: string): string | null {
  const a = [...tw];
  const b = [...hk];
  const diff = a.flatMap((c, i) => (c !== b[i] ? [`${i}:${b[i]}`] : []));
  return diff.length ? diff.join(',') : null;
}
