import type { Paragraph, SourceRole, TextLine } from './types.ts';

/** Punctuation that can end a paragraph. A colon ends the lead-in to a list (`“四个坚持”至关重要：`). */
const TERMINAL = new Set(['。', '！', '？', '：', '；', '…', '!', '?', ':', ';']);
/** Closing marks that may follow the terminal punctuation. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'"]);

/**
 * Whether a line ends a paragraph: its last character, after any closing
 * quotes or brackets, is sentence-final punctuation.
 */
export function endsParagraph(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && TERMINAL.has(text[i]!);
}

/** Which lines may never be joined to the line before them (or after them). */
export interface ParagraphRules {
  /** A heading stands alone: nothing joins it, before or after. */
  isHeading?: (text: string) => boolean;
  /** A new speaker's turn (`王毅：`) always starts a paragraph. */
  startsTurn?: (text: string) => boolean;
}

/**
 * Rebuild paragraphs that a newspaper page break split mid-sentence: a line
 * that does not end a paragraph continues in the next line, unless that line
 * is a heading or a new speaker's turn. Each join is recorded in the
 * paragraph's provenance.
 */
export function rebuildParagraphs(lines: TextLine[], file: string, source: SourceRole, rules: ParagraphRules = {}): Paragraph[] {
  const isHeading = rules.isHeading ?? (() => false);
  const startsTurn = rules.startsTurn ?? (() => false);
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;

  for (const { line, text, file: lineFile = file } of lines) {
    const standalone = isHeading(text);
    if (open && !standalone && !startsTurn(text)) {
      const provenance = open.provenance;
      if (provenance.files || lineFile !== provenance.file) {
        provenance.files ??= provenance.lines.map(() => provenance.file);
        provenance.files.push(lineFile);
      }
      open.text += text;
      provenance.lines.push(line);
      provenance.rejoined = true;
    } else {
      open = { text, provenance: { source, file: lineFile, lines: [line], rejoined: false } };
      paragraphs.push(open);
    }
    if (standalone || endsParagraph(open.text)) open = null;
  }
  return paragraphs;
}
