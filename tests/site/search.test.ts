import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, setView } from '../helpers/browser.ts';
import { allParagraphs, edition } from '../helpers/site-edition.ts';

const site = inject('siteUrl');
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
});
afterAll(async () => browser?.close());

const paragraphs = allParagraphs;

/** The paragraphs a query must find: computed from the content, not listed by hand. */
function expectedFor(kind: 'zh' | 'en', text: string): string[] {
  const word = new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return paragraphs.filter((p) => (kind === 'zh' ? p.zh.hans.includes(text) : word.test(p.en))).map((p) => p.id);
}

async function search(query: string): Promise<{ ids: string[]; excerpts: string[] }> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /found/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''), null, { timeout: 15_000 });
  const ids = await page.$$eval('.search-result .search-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
  const excerpts = await page.$$eval('.search-excerpt', (ps) => ps.map((p) => p.textContent ?? ''));
  return { ids, excerpts };
}

// [what the reader types, how the passage is written, the text it must find]
const RECALL: [string, 'zh' | 'en', string][] = [
  // simplified
  ['人类命运共同体', 'zh', '人类命运共同体'], ['全球南方', 'zh', '全球南方'], ['小院高墙', 'zh', '小院高墙'], ['两国方案', 'zh', '两国方案'],
  ['一带一路', 'zh', '一带一路'], ['新质生产力', 'zh', '新质生产力'], ['和平共处', 'zh', '和平共处'], ['亲诚惠容', 'zh', '亲诚惠容'],
  ['中欧班列', 'zh', '中欧班列'], ['南海行为准则', 'zh', '南海行为准则'], ['朝鲜半岛', 'zh', '朝鲜半岛'], ['双轨并进', 'zh', '双轨并进'],
  ['旧金山', 'zh', '旧金山'], ['免签', 'zh', '免签'], ['金砖', 'zh', '金砖'], ['台独', 'zh', '台独'], ['联合国宪章', 'zh', '联合国宪章'],
  ['人工智能', 'zh', '人工智能'],
  // traditional
  ['人類命運共同體', 'zh', '人类命运共同体'], ['兩國方案', 'zh', '两国方案'], ['中歐班列', 'zh', '中欧班列'], ['臺獨', 'zh', '台独'],
  ['朝鮮半島', 'zh', '朝鲜半岛'], ['新質生產力', 'zh', '新质生产力'], ['親誠惠容', 'zh', '亲诚惠容'], ['聯合國憲章', 'zh', '联合国宪章'],
  // English
  ['two-State solution', 'en', 'two-State solution'], ['Global South', 'en', 'Global South'], ['small yard, high fence', 'en', 'small yard, high fence'],
  ['Belt and Road', 'en', 'Belt and Road'], ['San Francisco', 'en', 'San Francisco'], ['Korean Peninsula', 'en', 'Korean Peninsula'],
  ['BRICS', 'en', 'BRICS'], ['new quality productive forces', 'en', 'new quality productive forces'], ['visa-free', 'en', 'visa-free'],
  ['Pelješac Bridge', 'en', 'Pelješac Bridge'], ['long', 'en', 'long'], ['change', 'en', 'change'], ['ten', 'en', 'ten'], ['sea', 'en', 'sea'],
  ['Media Center', 'en', 'Media Center'], ['梅地亚中心', 'zh', '梅地亚中心'],
  // toneless pinyin
  ['renlei mingyun', 'zh', '人类命运'], ['quanqiu nanfang', 'zh', '全球南方'], ['xiaoyuan gaoqiang', 'zh', '小院高墙'], ['liangguo fangan', 'zh', '两国方案'],
  ['heping gongchu', 'zh', '和平共处'], ['chaoxian bandao', 'zh', '朝鲜半岛'], ['xinzhi shengchanli', 'zh', '新质生产力'], ['zhongou banlie', 'zh', '中欧班列'],
  // added with the index of the edition's own text (not used to tune it)
  ['多边主义', 'zh', '多边主义'], ['全球治理', 'zh', '全球治理'], ['产业链供应链', 'zh', '产业链供应链'], ['东盟', 'zh', '东盟'],
  ['國際關係', 'zh', '国际关系'], ['經濟全球化', 'zh', '经济全球化'], ['烏克蘭危機', 'zh', '乌克兰危机'], ['和平統一', 'zh', '和平统一'],
  // Hong Kong forms (峯, 鈎 where Taiwan writes 峰, 鉤)
  ['脱鈎', 'zh', '脱钩'], ['高峯論壇', 'zh', '高峰论坛'],
  ['supply chains', 'en', 'supply chains'], ['Security Council', 'en', 'Security Council'], ['peaceful reunification', 'en', 'peaceful reunification'],
  ['win-win cooperation', 'en', 'win-win cooperation'], ['Gaza', 'en', 'Gaza'],
  ['duobian zhuyi', 'zh', '多边主义'], ['quanqiu zhili', 'zh', '全球治理'], ['zhongmei guanxi', 'zh', '中美关系'], ['heping tongyi', 'zh', '和平统一'], ['jiasha', 'zh', '加沙'],
];

describe('search recall: every term finds every paragraph that holds it', () => {
  it('has at least 65 real terms in simplified, traditional (Taiwan and Hong Kong), English and pinyin', () => {
    expect(RECALL.length).toBeGreaterThanOrEqual(65);
    for (const [query, kind, text] of RECALL) expect(expectedFor(kind, text).length, `${query}: nothing holds “${text}”`).toBeGreaterThan(0);
  });

  for (const [query, kind, text] of RECALL) {
    it(`“${query}”`, async () => {
      const expected = expectedFor(kind, text);
      const { ids } = await search(query);
      expect(ids).toEqual(expect.arrayContaining(expected));
      if (kind === 'zh') for (const id of ids.filter((id) => paragraphs.some((p) => p.id === id))) expect(expected, `${query} found ${id}, which lacks ${text}`).toContain(id);
    });
  }
});

describe('search results', () => {
  it('land on the exact paragraph, name the topic and outlet, and show clean excerpts without pinyin', async () => {
    const { ids, excerpts } = await search('两国方案');
    expect(ids).toContain('palestine-israel-a3');
    const title = await page.locator('.search-result', { has: page.locator('a[href$="#palestine-israel-a3"]') }).innerText();
    expect(title).toMatch(/谈巴以冲突 · On the Palestinian–Israeli conflict/);
    expect(title).toMatch(/Nile TV, Egypt/);
    for (const e of excerpts) expect(e).not.toMatch(/liǎng|guó|fāng/);
    await page.locator('a[href$="#palestine-israel-a3"]').first().click();
    await page.waitForURL(/\/topics\/palestine-israel\/#palestine-israel-a3$/);
  });

  it('show excerpts in traditional characters to a reader who reads traditional', async () => {
    await page.goto(`${site}/topics/taiwan/`);
    await setView(page, 'radio', { name: '繁 Traditional' });
    const { excerpts } = await search('两国方案');
    expect(excerpts.join('')).toContain('兩國方案');
  });

  it('mark the whole phrase searched for, and show where an excerpt is cut', async () => {
    await search('全球南方');
    const marks = await page.$$eval('.search-excerpt mark', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toContain('全球南方');
    const cut = await page.$$eval('.search-excerpt', (ps) => ps.filter((p) => /^…|…$/.test(p.textContent ?? '')).length);
    expect(cut).toBeGreaterThan(0);
  });

  it('open from the search box with the “/” key on any page, and the query is in the address to share', async () => {
    await page.goto(`${site}/topics/china-us/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('中欧班列');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /found/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''));
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=中欧班列');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  });
});

// One-to-many characters of this text: a character-by-character conversion gets these wrong.
const ONE_TO_MANY: [string, string, RegExp][] = [
  ['社会制度', '社會制度', /社會製度/],
  ['政治体制', '政治體制', /政治體製/],
  ['同志', '同志', /同誌/],
  ['邻里', '鄰里', /鄰裡/],
  ['体系', '體系', /體係/],
  ['开创了', '開創了', /開創瞭/],
  ['周边', '周邊', /週邊/],
];

describe('search for a reader who chose traditional script', () => {
  const hantParagraphs = new Set(allParagraphs.map((p) => p.zh.hant));
  const hantTitles = new Set([...edition.topics.map((t) => t.title.zh.hant), ...edition.glossary.map((g) => g.zh.hant)]);

  for (const [query, traditional, wrong] of ONE_TO_MANY) {
    it(`shows “${query}” as ${traditional} in every excerpt and result title, exactly as the topic pages do`, async () => {
      await page.goto(`${site}/search/?q=${encodeURIComponent(query)}&script=hant`);
      await page.waitForFunction(() => /found/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''), null, { timeout: 15_000 });
      const results = await page.$$eval('.search-result', (items) =>
        items.map((li) => ({
          title: li.querySelector('.search-title [lang^="zh"]')?.textContent ?? '',
          titleLang: li.querySelector('.search-title [lang^="zh"]')?.getAttribute('lang') ?? '',
          excerpt: li.querySelector('.search-excerpt')?.textContent ?? '',
          excerptLang: li.querySelector('.search-excerpt')?.getAttribute('lang') ?? '',
        })),
      );
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        expect(r.titleLang).toBe('zh-Hant-TW');
        expect(hantTitles, r.title).toContain(r.title);
        if (r.excerptLang !== 'en') {
          expect(r.excerptLang).toBe('zh-Hant-TW');
          const text = r.excerpt.replace(/^…|…$/g, '');
          expect([...hantParagraphs].some((p) => p.includes(text)), `excerpt not in any paragraph's traditional text: ${r.excerpt}`).toBe(true);
        }
        expect(r.excerpt + r.title).not.toMatch(wrong);
      }
      expect(results.map((r) => r.excerpt).join('')).toContain(traditional);
    });
  }
});
