import type { SourceLocation } from '../../schemas/common.ts';

export type { SourceLocation };

/**
 * One disagreement found by a consistency check: where to fix it (an authored
 * file and line) and what is wrong. The checks return a list of these; an
 * empty list means everything agrees.
 */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** `file:line` of a location, for messages that point at a second place. */
export function where(at: SourceLocation): string {
  return `${at.file}:${at.line}`;
}

/** A problem at a location. */
export function problem(at: SourceLocation, message: string): Problem {
  return { file: at.file, line: at.line, message };
}
