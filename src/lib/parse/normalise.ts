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
  rejectTraditionalScript(out, file);
  rejectHalfWidthPunctuation(out, file);
  const digits = foldFullWidthDigits(out);
  if (digits) changes.push(`converted full-width digits to ASCII on ${digits} line(s)`);
  return { role, file, lines: out, changes };
}

/**
 * Characters that occur only in traditional script and are common in any
 * political text of this kind (their simplified forms are 们这国会说对发关系…).
 * Simplified text never contains them; three distinct ones mean the file is in
 * traditional script.
 */
const TRADITIONAL_ONLY = new Set('們這國會說對發關係經濟際記問題華議區進來時為與電報長實現幾體門開過還變親邊讓應東務員錶灣臺兩統戰爭權總覺稱讀寫');
const CJK = '\\u3400-\\u9fff';
/** A half-width comma, full stop, semicolon, question or exclamation mark, or colon touching a Chinese character. */
const HALF_WIDTH = new RegExp(`[${CJK}][,.;?!:]|[,;?!:][${CJK}]`, 'u');
const FULL_WIDTH = /[，。；？！：]/;

function rejectTraditionalScript(lines: string[], file: string): void {
  const seen = new Set<string>();
  let first = 0;
  lines.forEach((line, i) => {
    for (const ch of line) {
      if (!TRADITIONAL_ONLY.has(ch)) continue;
      if (seen.size === 0) first = i + 1;
      seen.add(ch);
    }
  });
  if (seen.size >= 3) {
    const sample = [...seen].slice(0, 5).join('、');
    throw new SourceError(file, first, `the text is in traditional Chinese script (繁體字 such as ${sample}); the sources must be in simplified script (the build derives the traditional forms)`);
  }
}

function rejectHalfWidthPunctuation(lines: string[], file: string): void {
  if (lines.some((line) => FULL_WIDTH.test(line))) return;
  const at = lines.findIndex((line) => HALF_WIDTH.test(line));
  if (at >= 0) {
    throw new SourceError(file, at + 1, 'the punctuation is half-width throughout (“,” “.” “:” next to Chinese characters, no “，” or “。” anywhere): expected full-width Chinese punctuation');
  }
}

/** ０-９ → 0-9 (and a full-width point or per cent sign next to them), so that numbers read the same to every later check. */
function foldFullWidthDigits(lines: string[]): number {
  let changed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/[０-９]/.test(line)) continue;
    lines[i] = line
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/(?<=\d)．(?=\d)/g, '.')
      .replace(/(?<=\d)％/g, '%');
    changed++;
  }
  return changed;
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
