/** One piece of a character-level comparison of the digest with the full answer. */
export interface DiffPiece {
  /** `same`: in both; `omit`: in the full answer, left out by the digest; `add`: only in the digest. */
  op: 'same' | 'omit' | 'add';
  text: string;
}

/**
 * Character-level differences between a passage of the full answer and the
 * digest's version of it (longest common subsequence), merged into runs.
 * Adjacent omissions and additions together are a substitution
 * (e.g. 共谋[发展→振兴]).
 */
export function diffChars(full: string, digest: string): DiffPiece[] {
  const a = [...full];
  const b = [...digest];
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const pieces: DiffPiece[] = [];
  const push = (op: DiffPiece['op'], ch: string) => {
    const last = pieces[pieces.length - 1];
    if (last && last.op === op) last.text += ch;
    else pieces.push({ op, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      push('omit', a[i]!);
      i++;
    } else {
      push('add', b[j]!);
      j++;
    }
  }
  return pieces;
}
