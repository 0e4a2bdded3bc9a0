/** Formatting of the benchmark's report: numbers, aligned tables, headings. */
import type { Stats } from './stats.ts';

/** A number with thousands separators (en-GB). */
export const n = (x: number): string => x.toLocaleString('en-GB');
/** Milliseconds with one decimal. */
export const ms = (x: number): string => `${x.toFixed(1)} ms`;
/** Seconds with two decimals, from milliseconds. */
export const s = (x: number): string => `${(x / 1000).toFixed(2)} s`;
/** Kilobytes (1,000 bytes) with one decimal. */
export const kb = (x: number): string => `${(x / 1000).toFixed(1)} KB`;
/** “median (min–max)” of a Stats, each through `f`. */
export const range = (st: Stats, f: (x: number) => string = (x) => x.toFixed(1)): string => `${f(st.median)} (${f(st.min)}–${f(st.max)})`;

const pad = (t: string, w: number): string => (t.length >= w ? t : t + ' '.repeat(w - t.length));
const lpad = (t: string, w: number): string => (t.length >= w ? t : ' '.repeat(w - t.length) + t);

/** An aligned plain-text table; columns after the first are right-aligned. */
export function table(head: string[], rows: string[][], indent = '  '): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => indent + r.map((c, i) => (i === 0 ? pad(c, widths[i]!) : lpad(c, widths[i]!))).join('  ').trimEnd();
  return [line(head), indent + widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table (for the summary, in the shape). */
export function markdownTable(head: string[], rows: string[][]): string {
  const line = (r: string[]): string => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Print a line of the report. */
export const say = (t = ''): void => console.log(t);

/** Print a section heading of the report. */
export function heading(t: string): void {
  say();
  say(t);
  say('═'.repeat(t.length));
}

/** A progress note (on stderr, so the report on stdout stays clean). */
export const progress = (t: string): void => console.error(`bench: ${t}`);
