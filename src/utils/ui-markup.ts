/**
 * The inline markup of the interface strings' English (content/ui.yaml), for
 * the longer ones a page shows as prose: `**strong**`, `[text](path/)` (a
 * link to a page of the site) and `{name}` (a value the page fills in, which
 * may be Chinese). Nothing nests inside strong or linked text but text and
 * placeholders.
 */

/** Plain text, or a placeholder for the page to fill. */
export type UiInline = { text: string } | { name: string };

/** One piece of a marked-up string. */
export type UiNode = UiInline | { strong: UiInline[] } | { link: string; children: UiInline[] };

/** The markup of an interface string is malformed; the message says how. */
export class UiMarkupError extends Error {}

const TOKEN = /\*\*|\[|\]\(([^)\s]*)\)|\{(\w+)\}/g;

/**
 * Parse the markup of one interface string into text, placeholders, strong
 * and linked runs. Throws UiMarkupError for `**` or `[` left open, a `](…)`
 * without its `[`, or markup nested inside strong or linked text.
 */
export function parseUiMarkup(text: string): UiNode[] {
  const out: UiNode[] = [];
  let open: { kind: 'strong' | 'link'; children: UiInline[] } | null = null;
  let at = 0;
  const push = (node: UiInline) => (open ? open.children : out).push(node);
  const pushText = (s: string) => s && push({ text: s });
  for (const m of text.matchAll(TOKEN)) {
    pushText(text.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[2] !== undefined) push({ name: m[2] });
    else if (m[0] === '**') {
      if (open?.kind === 'link') throw new UiMarkupError(`“**” inside a link's text: “${text}”`);
      if (open) (out.push({ strong: open.children }), (open = null));
      else open = { kind: 'strong', children: [] };
    } else if (m[0] === '[') {
      if (open) throw new UiMarkupError(`“[” inside ${open.kind === 'link' ? 'a link' : 'strong text'}: “${text}”`);
      open = { kind: 'link', children: [] };
    } else {
      if (open?.kind !== 'link') throw new UiMarkupError(`“](” without its “[”: “${text}”`);
      if (!m[1]) throw new UiMarkupError(`a link without its path: “${text}”`);
      out.push({ link: m[1], children: open.children });
      open = null;
    }
  }
  if (open) throw new UiMarkupError(`${open.kind === 'link' ? '“[” without its “](path)”' : '“**” left open'}: “${text}”`);
  pushText(text.slice(at));
  return out;
}

/** The placeholders a marked-up string names, in order. */
export function placeholdersOf(nodes: readonly UiNode[]): string[] {
  return nodes.flatMap((n) => ('strong' in n ? n.strong : 'link' in n ? n.children : [n])).flatMap((i) => ('name' in i ? [i.name] : []));
}
