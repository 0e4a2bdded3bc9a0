import { describe, expect, it } from 'vitest';
import {
  REGION_COLOURS,
  escapeXml,
  estimateTextWidth,
  formatCount,
  overviewSvg,
  regionColour,
  truncateToWidth,
  type OverviewItem,
} from '../../src/lib/overview/overview-svg.ts';

// ---------------------------------------------------------------------------
// A tiny XML parser: enough to prove the output is well-formed and to query it.
// ---------------------------------------------------------------------------

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
}
type XmlNode = XmlElement | { text: string; parent: XmlElement };

const NAME = '[A-Za-z_][\\w:.-]*';
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|</(${NAME})\\s*>|<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|[^<]+`,
  'y',
);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

function decode(s: string): string {
  if (BAD_AMPERSAND.test(s)) throw new Error(`unescaped & in ${JSON.stringify(s)}`);
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return named[e] ?? '';
  });
}

function parseXml(src: string): XmlElement {
  const doc: XmlElement = { name: '#document', attrs: {}, children: [], parent: null };
  let current = doc;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`malformed markup at ${at}: ${JSON.stringify(src.slice(at, at + 40))}`);
    const [token, close, open, attrText, selfClose] = m;
    if (token.startsWith('<!--')) continue;
    if (close !== undefined) {
      if (current.name !== close) throw new Error(`</${close}> closes <${current.name}> at ${at}`);
      current = current.parent ?? doc;
    } else if (open !== undefined) {
      if (current === doc && doc.children.some((c) => 'name' in c)) throw new Error('more than one root element');
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(ATTR)) {
        const key = a[1] ?? '';
        if (key in attrs) throw new Error(`duplicate attribute ${key} on <${open}>`);
        attrs[key] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: open, attrs, children: [], parent: current };
      current.children.push(el);
      if (selfClose !== '/') current = el;
    } else {
      if (current === doc && token.trim() !== '') throw new Error('text outside the root element');
      current.children.push({ text: decode(token), parent: current });
    }
  }
  if (current !== doc) throw new Error(`<${current.name}> is never closed`);
  const root = doc.children.find((c): c is XmlElement => 'name' in c);
  if (!root) throw new Error('no root element');
  root.parent = null;
  return root;
}

function all(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (pred(e)) out.push(e);
    for (const c of e.children) if ('name' in c) walk(c);
  };
  walk(el);
  return out;
}
const byName = (el: XmlElement, name: string) => all(el, (e) => e.name === name);
const byClass = (el: XmlElement, cls: string) => all(el, (e) => (e.attrs['class'] ?? '').split(/\s+/).includes(cls));
function textOf(el: XmlElement): string {
  return el.children.map((c) => ('name' in c ? textOf(c) : c.text)).join('');
}
function textNodes(el: XmlElement): { text: string; parent: XmlElement }[] {
  return el.children.flatMap((c) => ('name' in c ? textNodes(c) : [c]));
}
function attr(el: XmlElement | undefined, name: string): string {
  const v = el?.attrs[name];
  if (v === undefined) throw new Error(`missing ${name} on <${el?.name}>`);
  return v;
}
const n = (el: XmlElement | undefined, name: string) => Number(attr(el, name));

// ---------------------------------------------------------------------------
// Fixture: the shape of the real conference (answer lengths are made up).
// ---------------------------------------------------------------------------

const qa = (number: number, slug: string, titleZh: string, titleEn: string, outletZh: string, outletEn: string, region: OverviewItem['region'], answerChars: number): OverviewItem => ({
  slug,
  href: `/topics/${slug}/#${slug}-answer`,
  kind: 'qa',
  number,
  titleZh,
  titleEn,
  outletZh,
  outletEn,
  region,
  answerChars,
});
const digestOnly = (slug: string, titleZh: string, titleEn: string, answerChars: number): OverviewItem => ({
  slug,
  href: `/topics/${slug}/#${slug}-digest`,
  kind: 'digest-only',
  number: null,
  titleZh,
  titleEn,
  outletZh: null,
  outletEn: null,
  region: 'Unknown',
  answerChars,
});

const ITEMS: OverviewItem[] = [
  { slug: 'opening-remarks', href: '/topics/opening-remarks/', kind: 'opening', number: null, titleZh: '开场白', titleEn: 'Opening remarks', outletZh: null, outletEn: null, region: 'China', answerChars: 420 },
  qa(1, 'chinas-diplomacy', '谈中国外交', 'On China’s diplomacy', '中央广播电视总台央视', 'CCTV, China Media Group', 'China', 1210),
  qa(2, 'china-russia', '谈中俄关系', 'On China–Russia relations', '今日俄罗斯国际通讯社', 'RIA Novosti (Rossiya Segodnya)', 'Europe', 640),
  qa(3, 'community-with-a-shared-future', '谈人类命运共同体', 'On a community with a shared future for mankind', '《人民日报》', "People's Daily", 'China', 880),
  qa(4, 'china-us', '谈中美关系', 'On China–US relations', '彭博社', 'Bloomberg', 'Americas', 1532),
  qa(5, 'multipolarity-and-globalization', '谈世界多极化和经济全球化', 'On multipolarity and economic globalization', '新华社', 'Xinhua News Agency', 'China', 700),
  qa(6, 'palestine-israel', '谈巴以冲突', 'On the Palestinian–Israeli conflict', '埃及尼罗河电视台', 'Nile TV', 'Middle East and Africa', 590),
  qa(7, 'mediation-diplomacy', '谈斡旋外交', 'On China’s mediation diplomacy', '《北京青年报》', 'Beijing Youth Daily', 'China', 510),
  qa(8, 'china-eu', '谈中欧关系', 'On China–EU relations', '埃菲社', 'EFE', 'Europe', 620),
  qa(9, 'taiwan', '谈台湾问题', 'On the Taiwan question', '《联合早报》', 'Lianhe Zaobao', 'Asia-Pacific', 480),
  qa(10, 'neighbourhood-diplomacy', '谈周边外交', 'On China’s neighbourhood diplomacy', '《环球时报》', 'Global Times', 'China', 530),
  qa(11, 'ukraine', '谈乌克兰危机', 'On the Ukraine crisis', 'CGTN', 'CGTN (China Global Television Network)', 'China', 450),
  qa(12, 'diplomacy-and-modernization', '谈外交服务中国式现代化', 'On diplomacy serving Chinese modernization', '中新社', 'China News Service', 'China', 760),
  qa(13, 'south-china-sea', '谈南海问题', 'On the South China Sea', '印尼安塔拉通讯社', 'Antara News Agency', 'Asia-Pacific', 390),
  qa(14, 'artificial-intelligence', '谈人工智能', 'On artificial intelligence', '凤凰卫视', 'Phoenix TV', 'China', 310),
  digestOnly('korean-peninsula', '谈朝鲜半岛问题', 'On the Korean Peninsula', 180),
  digestOnly('role-of-the-un', '谈联合国作用', 'On the role of the United Nations', 160),
  digestOnly('belt-and-road', '谈“一带一路”', 'On the Belt and Road Initiative', 200),
  digestOnly('brics-expansion', '谈金砖扩员', 'On the expansion of BRICS', 150),
];

const svg = overviewSvg(ITEMS);
const root = parseXml(svg);
const links = byName(root, 'a');
const linkFor = (slug: string) => links.find((a) => a.attrs['data-slug'] === slug);
const rowFor = (slug: string) => linkFor(slug)?.parent ?? undefined;
const barOf = (slug: string) => {
  const bars = byClass(linkFor(slug) ?? root, 'overview-bar');
  expect(bars).toHaveLength(1);
  return bars[0];
};

// WCAG relative luminance and contrast ratio.
function luminance(hex: string): number {
  const v = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((v >> 16) & 255) + 0.7152 * lin((v >> 8) & 255) + 0.0722 * lin(v & 255);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

describe('the tiny XML checker used by these tests', () => {
  it('rejects unbalanced, mis-nested or unescaped markup (so "valid XML" below can fail)', () => {
    expect(() => parseXml('<svg><g></svg>')).toThrow(/closes/);
    expect(() => parseXml('<svg><g>')).toThrow(/never closed/);
    expect(() => parseXml('<svg>a & b</svg>')).toThrow(/unescaped &/);
    expect(() => parseXml('<svg><a x="1" x="2"/></svg>')).toThrow(/duplicate/);
    expect(() => parseXml('<svg x=1/>')).toThrow(/malformed/);
    expect(() => parseXml('<svg/><svg/>')).toThrow(/more than one root/);
    expect(textOf(parseXml('<svg><t a="&lt;b&gt;">x &amp; &#39;y&#39;</t></svg>'))).toBe("x & 'y'");
  });
});

describe('overviewSvg: the press conference at a glance', () => {
  it('is well-formed XML with an accessible root: role, title and one-paragraph desc wired up by id', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs['xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs['viewBox']).toMatch(/^0 0 480 \d+$/);
    // role="group", not "img": an img's children are presentational and would hide the links.
    expect(root.attrs['role']).toBe('group');
    const title = byName(root, 'title');
    const desc = byName(root, 'desc');
    expect(title).toHaveLength(1);
    expect(desc).toHaveLength(1);
    expect(root.children[0]).toBe(title[0]);
    expect(attr(root, 'aria-labelledby')).toBe(attr(title[0], 'id'));
    expect(attr(root, 'aria-describedby')).toBe(attr(desc[0], 'id'));
    const ids = all(root, (e) => 'id' in e.attrs).map((e) => e.attrs['id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('summarises the chart in the desc: counts, the longest answer and where the transcript breaks off', () => {
    const desc = textOf(byName(root, 'desc')[0] ?? root);
    expect(desc).toContain('the opening statement and 14 questions from the full transcript, then 4 topics known only from the digest');
    expect(desc).toContain('The longest answer is to question 4 (Bloomberg, on China–US relations), at 1,532 characters');
    expect(desc).toContain('the shortest is to question 14 (Phoenix TV, on artificial intelligence), at 310');
    expect(desc).toContain('China 8, Americas 1, Europe 2, Asia-Pacific 2, Middle East and Africa 1');
    expect(desc).toContain('breaks off after question 14');
    expect(desc).not.toMatch(/\n/);
  });

  it('draws one mark and one link per item, in order, with the item’s href and a spoken name', () => {
    expect(links.map((a) => a.attrs['data-slug'])).toEqual(ITEMS.map((i) => i.slug));
    expect(links.map((a) => a.attrs['href'])).toEqual(ITEMS.map((i) => i.href));
    expect(byClass(root, 'overview-bar')).toHaveLength(ITEMS.length);
    for (const a of links) {
      expect(byClass(a, 'overview-bar')).toHaveLength(1);
      expect(attr(a, 'aria-label').length).toBeGreaterThan(10);
    }
    expect(attr(linkFor('china-us'), 'aria-label')).toBe('Question 4, Bloomberg: On China–US relations, 1,532 characters');
    expect(attr(linkFor('opening-remarks'), 'aria-label')).toBe('Opening statement: Opening remarks, 420 characters');
    expect(attr(linkFor('korean-peninsula'), 'aria-label')).toMatch(/^Known only from the digest.*: On the Korean Peninsula, 180 characters of digest text$/);
    // The row shows the number, both titles and outlet · length; the link text is the English title.
    const row = rowFor('china-us') ?? root;
    expect(row.attrs['class']).toBe('overview-row');
    expect(textOf(row)).toContain('4');
    expect(textOf(row)).toContain('谈中美关系');
    expect(textOf(row)).toContain('On China–US relations');
    expect(textOf(row)).toContain('Bloomberg · 1,532');
    expect(textOf(linkFor('china-us') ?? root)).toBe('On China–US relations');
  });

  it('keeps each link’s visible text inside its accessible name (label in name) and hides the repeated labels', () => {
    // The same tokenising as axe's label-content-name-mismatch: drop parentheticals, split on non-letters.
    const tokens = (s: string) =>
      s
        .normalize('NFKD')
        .replace(/\([^()]*\)/g, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
    const contiguous = (hay: string[], needle: string[]) => hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));
    for (const a of links) {
      const visible = tokens(textOf(a));
      expect(visible.length, a.attrs['data-slug']).toBeGreaterThan(0);
      expect(contiguous(tokens(attr(a, 'aria-label')), visible), `${textOf(a)} ⊄ ${a.attrs['aria-label']}`).toBe(true);
      const row = a.parent ?? root;
      for (const t of byName(row, 'text').filter((t) => !all(a, (e) => e === t).length)) expect(t.attrs['aria-hidden']).toBe('true');
    }
    // Truncated English titles are cut at a word boundary, so they still match.
    const narrow = parseXml(overviewSvg(ITEMS, { width: 320 }));
    const cut = byName(narrow, 'a').filter((a) => textOf(a).endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const a of cut) expect(contiguous(tokens(attr(a, 'aria-label')), tokens(textOf(a)))).toBe(true);
  });

  it('makes bar length proportional to answer length, and lists the rows top to bottom in order', () => {
    const us = n(barOf('china-us'), 'width');
    const ai = n(barOf('artificial-intelligence'), 'width');
    const opening = n(barOf('opening-remarks'), 'width');
    expect(us / ai).toBeCloseTo(1532 / 310, 2);
    expect(us / opening).toBeCloseTo(1532 / 420, 2);
    // All bars start at the same x, so length alone carries the value.
    expect(new Set(byClass(root, 'overview-bar').map((b) => b.attrs['x'])).size).toBe(1);
    const ys = ITEMS.map((i) => n(barOf(i.slug), 'y'));
    expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    // Doubling one answer doubles its bar (it is still not the longest).
    const doubled = parseXml(overviewSvg(ITEMS.map((i) => (i.slug === 'taiwan' ? { ...i, answerChars: 960 } : i))));
    const bar = (root2: XmlElement, slug: string) => byClass(all(root2, (e) => e.attrs['data-slug'] === slug)[0] ?? root2, 'overview-bar')[0];
    expect(n(bar(doubled, 'taiwan'), 'width')).toBeCloseTo(2 * n(barOf('taiwan'), 'width'), 1);
  });

  it('keeps every bar and label inside the viewBox, also at a narrow 320 width', () => {
    for (const width of [480, 320, 720]) {
      const r = parseXml(overviewSvg(ITEMS, { width }));
      expect(attr(r, 'viewBox')).toMatch(new RegExp(`^0 0 ${width} \\d+$`));
      for (const bar of byClass(r, 'overview-bar')) expect(n(bar, 'x') + n(bar, 'width')).toBeLessThanOrEqual(width - 8);
      for (const t of byName(r, 'text')) {
        const zh = t.attrs['lang'] === 'zh-Hans';
        const w = (zh ? 1 : 1.08) * estimateTextWidth(textOf(t), n(t, 'font-size'), zh);
        const right = t.attrs['text-anchor'] === 'end' ? n(t, 'x') : n(t, 'x') + w;
        expect(right, textOf(t)).toBeLessThanOrEqual(width - 8 + 1e-9);
      }
    }
  });

  it('sets digest-only topics apart: hatched with a dashed outline, after a "transcript breaks off" divider, and in the legend', () => {
    const divider = byClass(root, 'overview-divider');
    expect(divider).toHaveLength(1);
    expect(textOf(divider[0] ?? root)).toContain('The full transcript breaks off here, after question 14');
    const lineY = n(byName(divider[0] ?? root, 'line')[0], 'y1');
    for (const item of ITEMS) {
      const bar = barOf(item.slug);
      if (item.kind === 'digest-only') {
        expect(n(bar, 'y')).toBeGreaterThan(lineY);
        expect(attr(bar, 'fill')).toMatch(/^url\(#overview-hatch-\d+\)$/);
        expect(attr(bar, 'stroke-dasharray')).not.toBe('');
        expect(textOf(rowFor(item.slug) ?? root)).toContain('digest only');
      } else {
        expect(n(bar, 'y')).toBeLessThan(lineY);
        expect(attr(bar, 'fill')).toMatch(/^#[0-9A-F]{6}$/);
        expect(bar?.attrs['stroke-dasharray']).toBeUndefined();
      }
    }
    const pattern = byName(root, 'pattern');
    expect(pattern.map((p) => p.attrs['id'])).toEqual(['overview-hatch-1']);
    const legend = byClass(root, 'overview-legend')[0] ?? root;
    expect(textOf(legend)).toContain('Digest only');
    expect(byName(legend, 'rect').some((r) => r.attrs['fill'] === 'url(#overview-hatch-1)')).toBe(true);
  });

  it('draws no divider or hatching when there are no digest-only topics', () => {
    const r = parseXml(overviewSvg(ITEMS.filter((i) => i.kind !== 'digest-only')));
    expect(byClass(r, 'overview-divider')).toHaveLength(0);
    expect(byName(r, 'pattern')).toHaveLength(0);
    expect(textOf(r)).not.toContain('Digest only');
  });

  it('colours each mark by its outlet’s region, with a legend entry per region used', () => {
    for (const item of ITEMS.filter((i) => i.kind !== 'digest-only')) {
      expect(attr(barOf(item.slug), 'fill')).toBe(REGION_COLOURS[item.region]);
    }
    expect(attr(barOf('china-us'), 'fill')).not.toBe(attr(barOf('china-eu'), 'fill'));
    const legend = byClass(root, 'overview-legend')[0] ?? root;
    for (const region of ['China', 'Americas', 'Europe', 'Asia-Pacific', 'Middle East and Africa'] as const) {
      const label = byName(legend, 'text').find((t) => textOf(t) === region);
      expect(label, region).toBeDefined();
      const swatch = byName(legend, 'rect').find((r) => r.attrs['fill'] === REGION_COLOURS[region]);
      expect(swatch, region).toBeDefined();
    }
    // A region outside the palette falls back to the grey, as does "Unknown".
    expect(regionColour('Antarctica')).toBe(REGION_COLOURS['Unknown']);
    // (A region the types do not allow, as data from elsewhere might hold.)
    const odd = parseXml(overviewSvg([{ ...ITEMS[4]!, region: 'Antarctica' as string as OverviewItem['region'] }]));
    expect(attr(byClass(odd, 'overview-bar')[0], 'fill')).toBe(REGION_COLOURS['Unknown']);
  });

  it('uses a palette of distinct colours with at least 3:1 contrast on both the light and the dark page background', () => {
    const colours = Object.values(REGION_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
    for (const [region, colour] of Object.entries(REGION_COLOURS)) {
      expect(contrast(colour, '#fbf9f5'), `${region} on light`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, '#1a1816'), `${region} on dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws all text in currentColor so the page’s text colour (and dark mode) applies, never in a region colour', () => {
    const texts = byName(root, 'text');
    expect(texts.length).toBeGreaterThan(ITEMS.length * 2);
    for (const t of texts) expect(t.attrs['fill']).toBe('currentColor');
    for (const colour of Object.values(REGION_COLOURS)) expect(svg).not.toMatch(new RegExp(`<text[^>]*"${colour}"`));
  });

  it('marks every piece of Chinese text with lang="zh-Hans"', () => {
    let han = 0;
    for (const node of textNodes(root)) {
      if (!HAN.test(node.text)) continue;
      han++;
      let el: XmlElement | null = node.parent;
      while (el && el.attrs['lang'] === undefined) el = el.parent;
      expect(el?.attrs['lang'], node.text).toBe('zh-Hans');
      expect(['text', 'tspan']).toContain(node.parent.name);
    }
    expect(han).toBe(ITEMS.length);
    // And English is never marked as Chinese.
    for (const el of all(root, (e) => e.attrs['lang'] === 'zh-Hans')) expect(textOf(el)).toMatch(HAN);
  });

  it('draws the traditional Chinese title over the simplified one, for readers who chose it, cut at the same place', () => {
    const withHant = ITEMS.map((i) => ({ ...i, titleZhHant: i.slug === 'china-us' ? '談中美關係' : i.slug === 'multipolarity-and-globalization' ? '談世界多極化和經濟全球化' : undefined }));
    const r = parseXml(overviewSvg(withHant));
    const row = (slug: string) => all(r, (e) => e.attrs['data-slug'] === slug)[0]?.parent ?? r;
    const zhTexts = (slug: string) => byName(row(slug), 'text').filter((t) => t.attrs['lang']?.startsWith('zh'));
    const [hans, hant] = zhTexts('china-us');
    expect([hans?.attrs['class'], hans?.attrs['lang'], textOf(hans ?? r)]).toEqual(['hans', 'zh-Hans', '谈中美关系']);
    expect([hant?.attrs['class'], hant?.attrs['lang'], textOf(hant ?? r)]).toEqual(['hant', 'zh-Hant-TW', '談中美關係']);
    expect([attr(hant, 'x'), attr(hant, 'y'), attr(hant, 'aria-hidden')]).toEqual([attr(hans, 'x'), attr(hans, 'y'), 'true']);
    // A row without a traditional title draws the simplified one alone, unclassed.
    expect(zhTexts('chinas-diplomacy').map((t) => [t.attrs['class'], t.attrs['lang']])).toEqual([[undefined, 'zh-Hans']]);
    // Shortened, both forms keep the same characters.
    const narrow = parseXml(overviewSvg(withHant, { width: 320 }));
    const cut = byName(all(narrow, (e) => e.attrs['data-slug'] === 'multipolarity-and-globalization')[0]?.parent ?? narrow, 'text').filter((t) => t.attrs['lang']?.startsWith('zh'));
    const [cutHans, cutHant] = cut.map((t) => textOf(t));
    expect(cutHans).toMatch(/^谈世界.*…$/);
    expect([...cutHant!]).toHaveLength([...cutHans!].length);
    expect(cutHant).toBe(`${[...'談世界多極化和經濟全球化'].slice(0, [...cutHans!].length - 1).join('')}…`);
  });

  it('escapes &, <, >, " and \' so that a title containing <script> comes out as text', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
    expect(escapeXml('a\u0000b\u001Fc')).toBe('abc');
    const evil: OverviewItem = {
      ...ITEMS[4]!,
      slug: 'x"><script>',
      titleEn: `<script>alert("pwned")</script> & 'quotes'`,
      titleZh: '谈<b>中美</b>',
      outletEn: 'Tom & Jerry "News"',
      href: '/topics/a?b=1&c="2"',
    };
    const out = overviewSvg([evil], { width: 900 });
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain('<b>');
    const r = parseXml(out);
    expect(byName(r, 'script')).toHaveLength(0);
    const a = byName(r, 'a')[0];
    expect(attr(a, 'href')).toBe('/topics/a?b=1&c="2"');
    expect(attr(a, 'data-slug')).toBe('x"><script>');
    expect(attr(a, 'aria-label')).toBe(`Question 4, Tom & Jerry "News": <script>alert("pwned")</script> & 'quotes', 1,532 characters`);
    expect(textOf(a ?? r)).toBe(`<script>alert("pwned")</script> & 'quotes'`);
    expect(textOf(a?.parent ?? r)).toContain('谈<b>中美</b>');
    expect(textOf(a?.parent ?? r)).toContain('Tom & Jerry "News" · 1,532');
  });

  it('neutralises script URLs in links', () => {
    const r = parseXml(overviewSvg([{ ...ITEMS[4]!, href: ' JavaScript:alert(1)' }, { ...ITEMS[8]!, href: 'https://example.org/x' }]));
    expect(byName(r, 'a').map((a) => a.attrs['href'])).toEqual(['#', 'https://example.org/x']);
  });

  it('is deterministic and does not mutate its input', () => {
    const copy = structuredClone(ITEMS);
    expect(overviewSvg(ITEMS)).toBe(svg);
    expect(overviewSvg(copy)).toBe(svg);
    expect(ITEMS).toEqual(copy);
    expect(overviewSvg(ITEMS, { width: 600 })).not.toBe(svg);
  });

  it('needs no unsafe-inline CSP: no style attributes, no <style>, no <script>, no event handlers', () => {
    expect(all(root, (e) => 'style' in e.attrs)).toHaveLength(0);
    expect(byName(root, 'style')).toHaveLength(0);
    expect(byName(root, 'script')).toHaveLength(0);
    expect(all(root, (e) => Object.keys(e.attrs).some((k) => /^on/i.test(k)))).toHaveLength(0);
  });

  it('prefixes ids so two charts can share a page', () => {
    const r = parseXml(overviewSvg(ITEMS, { idPrefix: 'home chart!' }));
    expect(attr(r, 'aria-labelledby')).toBe('homechart-title');
    expect(byName(r, 'pattern')[0]?.attrs['id']).toBe('homechart-hatch-1');
    expect(attr(byClass(r, 'overview-bar').at(-1), 'fill')).toBe('url(#homechart-hatch-1)');
  });

  it('shortens over-long labels with an ellipsis but keeps the full title in the accessible name', () => {
    const long: OverviewItem = {
      ...ITEMS[4]!,
      titleEn: 'On a very long title that goes on and on about many things, far longer than any row could ever hold on a phone',
      titleZh: '谈一个非常非常非常非常非常非常非常非常长的题目',
    };
    const r = parseXml(overviewSvg([long], { width: 320 }));
    const a = byName(r, 'a')[0] ?? r;
    const zh = byName(a.parent ?? r, 'text').find((t) => t.attrs['lang'] === 'zh-Hans') ?? r;
    const en = byName(a, 'text')[0] ?? r;
    expect(textOf(en)).toMatch(/^On a very long\b.*…$/);
    expect(textOf(zh)).toMatch(/^谈一个非常.*…$/);
    expect(n(en, 'x')).toBeGreaterThanOrEqual(n(zh, 'x') + estimateTextWidth(textOf(zh), 16, true));
    expect(n(en, 'x') + estimateTextWidth(textOf(en), 16)).toBeLessThanOrEqual(320 - 8);
    expect(attr(a, 'aria-label')).toContain(long.titleEn);
  });

  it('handles an empty list and zero-length answers without NaN', () => {
    const empty = overviewSvg([]);
    expect(parseXml(empty).name).toBe('svg');
    const zero = overviewSvg([{ ...ITEMS[4]!, answerChars: 0 }]);
    expect(zero).not.toMatch(/NaN|Infinity/);
    expect(n(byClass(parseXml(zero), 'overview-bar')[0], 'width')).toBe(0);
  });
});

describe('overview helpers', () => {
  it('formats counts with thousands separators regardless of locale', () => {
    expect(formatCount(1532)).toBe('1,532');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(Number.NaN)).toBe('0');
  });

  it('truncates by estimated width, counting Chinese characters as full width', () => {
    expect(truncateToWidth('Bloomberg', 14, 1000)).toBe('Bloomberg');
    const cut = truncateToWidth('CGTN (China Global Television Network)', 14, 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 14)).toBeLessThanOrEqual(100);
    expect(truncateToWidth('谈世界多极化和经济全球化', 16, 80, true)).toBe('谈世界多…');
    expect(estimateTextWidth('中文', 16, true)).toBe(32);
  });
});
