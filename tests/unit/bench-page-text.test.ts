/**
 * The bench's “all text” of a page (scripts/lib/bench/page-weight.ts): what
 * the page can show a reader, against which its markup is measured.
 */
import { describe, expect, it } from 'vitest';
import { pageText } from '../../scripts/lib/bench/page-weight.ts';

describe('page text for the bench', () => {
  it('keeps the body’s words and the runs’ pinyin, and leaves out the head, scripts, styles and templates', () => {
    const html = `<!doctype html><html><head><title>Title only in the tab</title><script>var inHead = 1</script></head>
      <body><h1>标题 <span class="zh-run" data-py="Zhōng guó">中国</span></h1>
      <script>var inBody = 2</script><style>p { color: red }</style>
      <template><p>not shown</p></template><noscript>no script</noscript>
      <p>English <em>words</em>.</p></body></html>`;
    const text = pageText(html);
    expect(text.split('\n')).toEqual(['标题', '中国', 'English', 'words', '.', 'Zhōng guó']);
  });
});
