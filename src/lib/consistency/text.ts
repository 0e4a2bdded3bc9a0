/**
 * Text comparison used by the consistency checks: case-insensitive, with
 * curly quotes and apostrophes read as their straight forms and runs of white
 * space as one space. Nothing else is forgiven (a hyphen is not an en dash).
 */
export function comparable(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A rendering as it is looked for in running text: {@link comparable}, without a leading article. */
export function rendering(text: string): string {
  return comparable(text).replace(/^(?:the|a|an)(?: |$)/, '');
}

/** Whether `haystack` contains `needle` when both are compared with {@link comparable}. */
export function containsText(haystack: string, needle: string): boolean {
  return comparable(haystack).includes(comparable(needle));
}

/** A string or a list of strings, as a list. */
export function asList(value: string | readonly string[] | undefined | null): string[] {
  if (value === undefined || value === null) return [];
  return typeof value === 'string' ? [value] : [...value];
}
