import { SourceError } from '../load/errors.ts';
import type { NormalisedSource, SourceRole } from './types.ts';

const BOM = '\uFEFF';
/** Horizontal white space, including the ideographic (full-width) space and no-break space. */
const EDGE_SPACES = /^[\t \u00A0\u2000-\u200B\u3000]+|[\t \u00A0\u2000-\u200B\u3000]+$/g;
const INNER_SPACES = /[\t \u00A0\u2000-\u200B\u3000]{2,}|[\t\u00A0\u2000-\u200B\u3000]/g;
/** C0 controls other than tab, LF and CR: never part of a transcript. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Decode and normalise a transcript: UTF-8 with or without BOM, CRLF or LF,
 * stray full-width, no-break or trailing spaces. Line numbers are preserved
 * (no line is added or removed), so every later error and provenance note
 * points at the line a reader sees in the original file.
 *
 * @throws SourceError for an empty file, invalid UTF-8 or binary content.
 */
export function normaliseSource(bytes: Uint8Array, file: string, role: SourceRole): NormalisedSource {
  if (bytes.length === 0) throw new SourceError(file, 1, 'the file is empty');

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SourceError(file, lineOfFirstInvalidByte(bytes), 'the file is not valid UTF-8 text');
  }

  const changes: string[] = [];
  if (text.startsWith(BOM)) {
    text = text.slice(1);
    changes.push('removed byte-order mark');
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    changes.push('converted CRLF/CR line ends to LF');
  }

  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  let trimmed = 0;
  let collapsed = 0;
  const out = lines.map((raw, i) => {
    if (CONTROL.test(raw)) {
      throw new SourceError(file, i + 1, 'the line contains control characters: is this a binary file?');
    }
    let line = raw.replace(EDGE_SPACES, '');
    if (line !== raw) trimmed++;
    const inner = line.replace(INNER_SPACES, ' ');
    if (inner !== line) collapsed++;
    line = inner;
    return line;
  });
  if (trimmed) changes.push(`trimmed leading/trailing spaces on ${trimmed} line(s)`);
  if (collapsed) changes.push(`folded runs of white space on ${collapsed} line(s)`);

  if (!out.some((l) => l.length > 0)) {
    throw new SourceError(file, 1, 'the file holds only white space');
  }
  return { role, file, lines: out, changes };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Decode progressively larger prefixes would be quadratic; count newlines up to
  // the first byte that cannot start or continue a UTF-8 sequence instead.
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    if (b === 0x00 || b === 0xc0 || b === 0xc1 || b >= 0xf5) return line;
    if (b >= 0xc2 && b <= 0xf4) {
      const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
      for (let k = 1; k <= need; k++) {
        const c = bytes[i + k];
        if (c === undefined || (c & 0xc0) !== 0x80) return line;
      }
      i += need;
    } else if (b >= 0x80) {
      return line;
    }
  }
  return line;
}
