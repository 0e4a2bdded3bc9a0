import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { createZhAnnotator } from '../../src/lib/annotate/zh-annotator.ts';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import type { EditionParagraph } from '../../src/schemas/edition.ts';
import { pinyinOverridesSchema, scriptOverridesSchema } from '../../src/schemas/reading-overrides.ts';
import { uiStringsSchema } from '../../src/schemas/ui.ts';

const zhA = createZhAnnotator(parseYaml('[]', 'p.yaml', pinyinOverridesSchema), parseYaml('[]', 's.yaml', scriptOverridesSchema));

// The components read the interface strings from the edition; give them content/ui.yaml, converted as the build does,
// without needing a built edition or Astro's content layer.
vi.mock('../../src/utils/edition.ts', async () => {
  const ui = parseYaml(readFileSync('content/ui.yaml', 'utf8'), 'content/ui.yaml', uiStringsSchema).data;
  return {
    getEdition: async () => ({
      ui: Object.fromEntries(Object.entries(ui).map(([k, s]) => [k, { zh: s.zh ? zhA.zh(s.zh) : null, en: s.en }])),
      facts: { publisher: { en: 'Pub<script>alert(6)</script>' } },
    }),
  };
});
// A paragraph's citation (its Cite button, and a Cite dialog showing it): every string hostile too.
vi.mock('../../src/utils/citations.ts', () => {
  const bad = '<script>alert(5)</script>';
  const citation = {
    item: { id: 'test-a1', type: 'speech', title: `T${bad}` },
    label: '¶ 1" onclick="alert(7)', // shown in an attribute (the dialog's name): it must not break out of it
    path: `/topics/test/#test-a1"><script>`,
    references: { chicago: `C${bad}`, apa: `A${bad}`, mla: `M${bad}` },
    topic: { slug: 'test' },
  };
  return { getCitations: async () => ({ paragraphs: new Map([['test-a1', citation]]) }), citationFilePath: (_: unknown, format: string) => `/topics/test/cite/test-a1.${format}` };
});
const { default: Paragraph } = await import('../../src/components/Paragraph.astro');

// Converting text loads OpenCC's and pinyin-pro's dictionaries, and Astro compiles the components: slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const hostile = '他说：<script>alert("x")</script><img src=x onerror=alert(1)>中国。';

function paragraph(extra: Partial<EditionParagraph> = {}): EditionParagraph {
  return {
    id: 'test-a1',
    zh: zhA.zh(hostile),
    en: 'He said: <script>alert("en")</script>',
    flag: zhA.mixed('Source reads <b>bold</b> 中国<i>'),
    provenance: { source: 'full', file: 'x"><script>alert(3)</script>.txt', lines: [1], rejoined: false },
    terms: [{ term: 'china', from: [...hostile].length - 3, to: [...hostile].length - 1 }],
    // “script” of the English's <script>: a mark inside markup-like text stays text.
    enTerms: [{ term: 'china', from: 10, to: 16 }],
    corrections: [],
    sentences: [{ id: 'test-a1-s1', zh: { from: 0, to: [...hostile].length }, en: { from: 0, to: 'He said: <script>alert("en")</script>'.length } }],
    ...extra,
  };
}

describe('authored and source text is escaped', () => {
  it('renders a <script> in a source paragraph, its translation, its note and its provenance as text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Paragraph, { props: { number: 1, part: 'answer', paragraph: paragraph() } });
    expect(html).toContain('<a class="term" href="#term-china" data-term="china">中国</a>');
    // The pinyin and the traditional forms travel as data on the run (the client builds the ruby).
    expect(html).toMatch(/data-py="[^"]*zhōng'guó/i);
    expect(html).toMatch(/He said: &lt;<a class="term" href="#term-china" data-term="china"[^>]*>script<\/a>&gt;alert/);
    expect(html).toMatch(/data-alt="[^"]*國/);
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/\sonclick="/);
    expect(html).not.toMatch(/<img /);
    expect(html).not.toMatch(/<b>bold/);
    expect(html).not.toMatch(/<i>/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img');
    expect(html).toContain('&lt;b&gt;bold');
    // The translator's note was rendered (so its escaping was tested).
    expect(html).toContain('class="flag"');
  });

  it('renders a hostile citation in a Cite dialog as text, in its entries, heading, link and name', async () => {
    const { default: CiteDialog } = await import('../../src/components/CiteDialog.astro');
    const { getCitations } = await import('../../src/utils/citations.ts');
    const citation = (await getCitations(undefined)).paragraphs.get('test-a1')!;
    const container = await AstroContainer.create();
    const html = await container.renderToString(CiteDialog, { props: { citation: citation as never, id: 'cite-test', label: 'citeTopic' } });
    for (const style of ['C', 'A', 'M']) expect(html).toContain(`${style}&lt;script&gt;alert(5)&lt;/script&gt;`);
    expect(html).toContain('Cite: T&lt;script&gt;');
    expect(html).toMatch(/aria-label="Cite ¶ 1&quot; onclick=&quot;alert\(7\)"/);
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/\sonclick="/);
  });

  it('escapes a correction’s readings, evidence and note, also inside the attribute that quotes the corrected reading', async () => {
    const corrected = zhA.zh('中华"><img src=x onerror=alert(2)>');
    const from = [...hostile].length - 3;
    const html = await (await AstroContainer.create()).renderToString(Paragraph, {
      props: {
        number: 2,
        part: 'answer',
        paragraph: paragraph({
          terms: [],
          corrections: [
            { id: 'fix', from, to: from + 2, source: zhA.zh('中国'), corrected, kind: 'typo', certainty: 'probable', evidence: zhA.mixed('<script>alert(4)</script> 据<b>'), note: zhA.mixed('A <img src=y> note 中国') },
          ],
        }),
      },
    });
    expect(html).toContain('class="sic"');
    expect(html).not.toMatch(/<img /);
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/<b>/);
    expect(html).toContain('title="Source reading; corrected: 中华&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"');
  });
});
