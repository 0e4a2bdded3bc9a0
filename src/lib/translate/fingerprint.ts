import { createHash } from 'node:crypto';
import { FINGERPRINT_PATTERN } from '../../schemas/translations.ts';

/**
 * The fingerprint of the Chinese a translation (or a correction) was made for:
 * a short SHA-256 of the paragraph's simplified text, with its opening words
 * so that a stale entry can show what it used to render. Written in the YAML
 * as one line, `fingerprint: 3f9a0c12be47 中美关系关乎两国人民福祉…`.
 */
export interface Fingerprint {
  /** The first 12 hexadecimal digits of the SHA-256 of the text (UTF-8). */
  hash: string;
  /** The text's first characters, with “…” when it goes on. */
  excerpt: string;
}

/** How many characters of the Chinese a fingerprint keeps beside the hash. */
export const EXCERPT_LENGTH = 20;

const PATTERN = FINGERPRINT_PATTERN;

/** The opening of a Chinese text, at most EXCERPT_LENGTH code points, with “…” when cut. */
export function excerptOf(zh: string): string {
  const chars = [...zh];
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : zh;
}

/** The end of a Chinese text (its last 12 code points, “…” before them when cut), to show where a changed text now ends. */
export function tailOf(zh: string): string {
  const chars = [...zh];
  return chars.length > 12 ? `…${chars.slice(-12).join('')}` : zh;
}

export function fingerprintOf(zh: string): Fingerprint {
  return { hash: createHash('sha256').update(zh, 'utf8').digest('hex').slice(0, 12), excerpt: excerptOf(zh) };
}

/** The field's text: the hash, a space, the excerpt. */
export function formatFingerprint(f: Fingerprint): string {
  return f.excerpt ? `${f.hash} ${f.excerpt}` : f.hash;
}

/** A fingerprint field as written, or null when it does not have the form (the schema rejects it first). */
export function parseFingerprint(text: string): Fingerprint | null {
  const m = PATTERN.exec(text);
  return m ? { hash: m[1]!, excerpt: m[2] ?? '' } : null;
}

/** Whether a fingerprint was taken of exactly this text. */
export function matches(f: Fingerprint, zh: string): boolean {
  return f.hash === fingerprintOf(zh).hash;
}
