/**
 * An error in a source or data file, always naming the file and the line,
 * so that whoever edits the file can go straight to the problem.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}
