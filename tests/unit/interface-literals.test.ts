import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { describe, expect, it } from 'vitest';

/** The attributes whose words a reader hears or sees (names, tooltips, alternatives). */
const WORDED_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder']);
/** A word of English or Chinese: what an interface string holds and a template must not. */
const WORD = /[A-Za-z]{2}|\p{Script=Han}/u;
/** A character reference (`&nbsp;`): punctuation, not a word. */
const ENTITY = /&#?\w+;/g;

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

/** The words a template writes itself, as “line: text”: text between tags, and worded attributes given as literals. */
export function templateWords(source: string): string[] {
  const { ast } = parse(source) as unknown as { ast: { body: unknown } };
  const found: string[] = [];
  const lineOf = (at: number) => source.slice(0, at).split('\n').length;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'JSXElement') {
      const name = ((node.openingElement as { name?: { name?: string } })?.name?.name ?? '').toLowerCase();
      if (name === 'script' || name === 'style') return;
    }
    if (node.type === 'JSXText' && WORD.test(String(node.value).replace(ENTITY, ''))) found.push(`${lineOf(node.start)}: ${String(node.value).trim()}`);
    // An HTML element's attributes (a component's are its props: keys and values, not words shown).
    if (node.type === 'JSXOpeningElement' && /^[a-z]/.test((node.name as { name?: string })?.name ?? '')) (node.attributes as Node[]).forEach(checkAttribute);
    for (const [key, child] of Object.entries(node)) if (key !== 'frontmatter') visit(child);
  };
  const checkAttribute = (node: Node): void => {
    if (node.type === 'JSXAttribute') {
      const name = (node.name as { name?: string })?.name ?? '';
      const literal = node.value as { type?: string; value?: unknown; expression?: Node } | null;
      const texts =
        literal?.type === 'Literal'
          ? [String(literal.value)]
          : literal?.expression?.type === 'TemplateLiteral'
            ? (literal.expression.quasis as { value: { raw: string } }[]).map((q) => q.value.raw)
            : [];
      if (WORDED_ATTRIBUTES.has(name) && texts.some((t) => WORD.test(t))) found.push(`${lineOf(node.start)}: ${name}=${texts.join('…')}`);
    }
  };
  visit(ast.body);
  return found;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

describe('the templates write no words of their own: every label and sentence comes from content/ui.yaml or the edition', () => {
  const files = ['src/components', 'src/layouts', 'src/pages'].flatMap(astroFiles);

  it('reads the templates', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain(join('src', 'pages', 'reporters.astro'));
  });

  it('finds the words a template writes: text, a worded attribute, a template literal in one; not scripts, styles or punctuation', () => {
    const crafted = [
      '---',
      "const label = 'x';",
      '---',
      '<p>Go to the answer →</p>',
      '<nav aria-label="Site"><a title={`Link to ${label}`}>{label}</a></nav>',
      '<span class="who" data-kind="question">{label} · ({label})&nbsp;→</span>',
      '<Groups title="byCountry" />',
      '<b>记者</b>',
      '<script>import "./x.ts"; const s = "Some words";</script>',
      '<style>.a { content: "words" }</style>',
    ].join('\n');
    expect(templateWords(crafted)).toEqual(['4: Go to the answer →', '5: aria-label=Site', '5: title=Link to …', '8: 记者']);
  });

  it.each(files)('%s', (file) => {
    expect(templateWords(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
