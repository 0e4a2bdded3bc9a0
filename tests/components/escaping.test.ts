import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Paragraph from '../../src/components/Paragraph.astro';
import { annotateText } from '../../src/lib/pipeline/annotate.ts';

const hostile = '他说：<script>alert("x")</script><img src=x onerror=alert(1)>中国。';

describe('authored and source text is escaped', () => {
  it('renders a <script> in a source paragraph, its translation and its note as text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Paragraph, {
      props: {
        number: 1,
        paragraph: {
          id: 'test-a1',
          zh: hostile,
          en: 'He said: <script>alert("en")</script>',
          flag: 'Source reads <b>bold</b>',
          ...annotateText(hostile, { pinyin: [], script: [] }),
          provenance: { source: 'full', file: 'x.txt', lines: [1], rejoined: false },
          terms: [],
          corrections: [],
        },
      },
    });
    expect(html).toContain('<ruby>中<rt');
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/<img /);
    expect(html).not.toMatch(/<b>bold/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img');
  });
});
