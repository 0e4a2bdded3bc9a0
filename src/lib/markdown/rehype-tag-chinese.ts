import { scriptRuns } from '../../utils/script-runs.ts';

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string; children?: HastNode[] };

/**
 * Rehype plugin for authored prose in English that quotes Chinese: wraps
 * every run of Chinese in `<span lang="zh-Hans">`, so screen readers switch
 * voice and browsers pick a Chinese font. Text already inside an element with
 * a `lang` is left alone.
 */
export default function rehypeTagChinese() {
  return (tree: HastNode) => tag(tree);
}

function tag(node: HastNode): void {
  if (!('children' in node) || !node.children) return;
  const next: HastNode[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      for (const run of scriptRuns((child as HastText).value)) {
        next.push(
          run.zh
            ? { type: 'element', tagName: 'span', properties: { lang: 'zh-Hans' }, children: [{ type: 'text', value: run.text }] }
            : { type: 'text', value: run.text },
        );
      }
    } else {
      if (!(child.type === 'element' && (child as HastElement).properties?.['lang'])) tag(child);
      next.push(child);
    }
  }
  node.children = next;
}
