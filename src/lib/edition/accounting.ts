import { topicParagraphs } from '../../schemas/topic-model.ts';
import type { Annotated } from '../annotate/annotate.ts';
import type { NormalisedSource, SourceRole } from '../parse/types.ts';

/** Where each character of a source ended up in the model. */
export type Place = 'paragraphs' | 'headings' | 'speaker-labels' | 'furniture' | 'duplicates';

/** Character counts per place, plus the source's own total. */
export type Ledger = Record<Place | 'source', number>;

/** The model's text, grouped by the place it was put in. */
export type Placed = Partial<Record<Place, string[]>>;

const WHITESPACE = /\s/u;

function tally(into: Map<string, number>, text: string, sign: 1 | -1): number {
  let n = 0;
  for (const ch of text) {
    if (WHITESPACE.test(ch)) continue;
    into.set(ch, (into.get(ch) ?? 0) + sign);
    n++;
  }
  return n;
}

/**
 * Prove that every non-whitespace character of a source ends up in exactly
 * one place of the model: the multiset of the source's characters must equal
 * the multiset of all placed text. Returns the counts per place.
 *
 * @throws Error listing the characters that were lost or invented.
 */
export function accountCharacters(source: NormalisedSource, placed: Placed): Ledger {
  const balance = new Map<string, number>();
  const ledger: Ledger = { source: 0, paragraphs: 0, headings: 0, 'speaker-labels': 0, furniture: 0, duplicates: 0 };
  for (const line of source.lines) ledger.source += tally(balance, line, 1);
  for (const [place, texts] of Object.entries(placed) as [Place, string[]][]) {
    for (const text of texts) ledger[place] += tally(balance, text, -1);
  }
  const off = [...balance].filter(([, n]) => n !== 0);
  if (off.length > 0) {
    const lost = off.filter(([, n]) => n > 0).map(([c, n]) => `${c}×${n}`).join(' ');
    const extra = off.filter(([, n]) => n < 0).map(([c, n]) => `${c}×${-n}`).join(' ');
    throw new Error(`${source.file}: character accounting failed: lost [${lost}] invented [${extra}]`);
  }
  return ledger;
}

/**
 * Everything the edition holds that came from one source, by place:
 * paragraphs (by their provenance), speaker labels, digest headings,
 * furniture, and digest sections dropped as repeats.
 */
export function placedInEdition(role: SourceRole, a: Annotated): Placed {
  const paragraphs = [a.lede, a.digestLede, ...a.topics.flatMap((t) => topicParagraphs(t).map((x) => x.paragraph))].filter((p) => p.provenance.source === role);
  const full = role === 'full';
  return {
    paragraphs: paragraphs.map((p) => p.zh.hans),
    // Every label as printed: a layout that repeats the label on every paragraph prints more than one per turn.
    'speaker-labels': full ? a.translated.parsed.full.labels.map((l) => l.text) : [],
    headings: full ? [] : a.topics.flatMap((t) => (t.digest ? [t.digest.heading.hans] : [])),
    furniture: a.furniture.filter((f) => f.source === role).map((f) => f.text.hans),
    duplicates: full ? [] : a.translated.duplicates.map((d) => d.text),
  };
}
