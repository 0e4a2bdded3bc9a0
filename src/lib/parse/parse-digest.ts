import { SourceError } from '../load/errors.ts';
import { splitFurniture } from './furniture.ts';
import { rebuildParagraphs } from './paragraphs.ts';
import type { Digest, DigestSection, NormalisedSource } from './types.ts';

/** `谈中美关系`, `谈“一带一路”`: a digest section heading (short, no sentence punctuation). */
const HEADING = /^谈[^，。！？：；、,.!?:;]{1,16}$/;

/** Whether a line is a digest section heading. */
export function isDigestHeading(text: string): boolean {
  return HEADING.test(text);
}

/**
 * Parse the digest: title, lede, then its `谈…` sections and their paragraphs.
 * Repeated sections are kept here; the align stage decides which copy stays.
 *
 * @throws SourceError naming file and line for text outside any section, an empty section, or no section at all.
 */
export function parseDigest(source: NormalisedSource): Digest {
  const { file } = source;
  const split = splitFurniture(source);
  const title = split.title!;
  const paragraphs = rebuildParagraphs(split.text, file, 'digest', { isHeading: isDigestHeading });

  const [lede, ...rest] = paragraphs;
  if (!lede || isDigestHeading(lede.text)) {
    throw new SourceError(file, lede?.provenance.lines[0] ?? title.line, 'expected an introductory paragraph (the lede) before the first “谈…” heading');
  }

  const sections: DigestSection[] = [];
  for (const paragraph of rest) {
    const line = paragraph.provenance.lines[0]!;
    if (isDigestHeading(paragraph.text)) {
      sections.push({ position: sections.length + 1, heading: paragraph.text, headingLine: line, paragraphs: [] });
      continue;
    }
    const section = sections[sections.length - 1];
    if (!section) {
      throw new SourceError(file, line, 'unrecognised structure: a second introductory paragraph; expected a “谈…” heading');
    }
    section.paragraphs.push(paragraph);
  }

  if (sections.length === 0) {
    throw new SourceError(file, lede.provenance.lines[0]!, 'unrecognised structure: no “谈…” section heading found');
  }
  for (const section of sections) {
    if (section.paragraphs.length === 0) {
      throw new SourceError(file, section.headingLine, `the section “${section.heading}” has no text`);
    }
  }
  return { file, title, lede, sections, furniture: split.furniture };
}
