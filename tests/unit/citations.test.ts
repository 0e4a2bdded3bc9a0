import { describe, expect, it } from 'vitest';
import { editionCitation, paragraphCitations, topicCitation, citationKey, type CitationPlaces, type CitationWording } from '../../src/lib/cite/citation-items.ts';
import { exportCitation, formatReferences, CITATION_FORMATS, type CitationFormat } from '../../src/lib/cite/citation-formats.ts';
import { citationJsonLd, highwireTags, jsonLdText } from '../../src/lib/cite/citation-meta.ts';
import { topicParagraphs } from '../../src/schemas/topic-model.ts';
import { decodeBibtex, parseBibtex, parseCslJson, parseRis, type ReadRecord } from '../helpers/citation-parsers.ts';
import { edition } from '../helpers/edition.ts';

const SITE = new URL('https://example.org/wangyi/');
const wording: CitationWording = {
  editionName: 'The Edition',
  translator: 'Editors of The Edition',
  paragraphLabel: (part, n) => ({ question: `Q${n}`, answer: `¶ ${n}`, digest: `D${n}`, lede: 'Lede' })[part],
  paragraphTitle: (title, label) => `${title}, ${label}`,
  reporter: (outlet) => `Reporter of ${outlet}`,
};
const places = (site: URL | null): CitationPlaces => ({ site, homePath: '/wangyi/', topicPath: (slug) => `/wangyi/topics/${slug}/` });
const { facts } = edition;
const answered = edition.topics.find((t) => t.kind === 'qa' && t.outlet && t.question)!;
const opening = edition.topics.find((t) => t.kind === 'opening')!;
const readers: Record<CitationFormat, (text: string) => ReadRecord[]> = { bib: parseBibtex, ris: parseRis, json: parseCslJson };

describe('citation items (src/lib/cite/citation-items.ts)', () => {
  it('cite a topic with the facts of the edition: speaker, date, title, address under the site', () => {
    const { item, path } = topicCitation(edition, answered, wording, places(SITE));
    expect(item).toMatchObject({ type: 'webpage', title: answered.title.en, author: [{ literal: facts.speaker.en }], translator: [{ literal: wording.translator }], 'container-title': wording.editionName });
    expect(item.issued['date-parts'][0].join('-')).toBe(facts.date.replace(/-0/g, '-'));
    expect(item.URL).toBe(`https://example.org/wangyi/topics/${answered.slug}/`);
    expect(path).toBe(`/wangyi/topics/${answered.slug}/`);
  });

  it('carry no address when the site has none', () => {
    expect(topicCitation(edition, answered, wording, places(null)).item.URL).toBeUndefined();
    expect(editionCitation(edition, wording, places(null)).item.URL).toBeUndefined();
  });

  it('name every paragraph by its label and deep link; a question by its outlet, the lede by the agency', () => {
    const paragraphs = paragraphCitations(edition, answered, wording, places(SITE));
    expect([...paragraphs.keys()]).toEqual(topicParagraphs(answered).map((p) => p.paragraph.id));
    const q1 = paragraphs.get(answered.question!.paragraphs[0]!.id)!;
    expect(q1.label).toBe('Q1');
    expect(q1.item.title).toBe(`${answered.title.en}, Q1`);
    expect(q1.item.author).toEqual([{ literal: `Reporter of ${answered.outlet!.en}` }]);
    const a2 = paragraphs.get(answered.answer!.paragraphs[1]!.id)!;
    expect(a2.label).toBe('¶ 2');
    expect(a2.item.URL).toBe(`https://example.org/wangyi/topics/${answered.slug}/#${answered.answer!.paragraphs[1]!.id}`);
    const lede = paragraphCitations(edition, opening, wording, places(SITE)).get(edition.lede.id)!;
    expect(lede.item.author).toEqual([{ literal: facts.publisher.en }]);
  });

  it('give BibTeX-safe keys', () => {
    expect(citationKey('china-us-a4')).toBe('china_us_a4');
  });
});

describe('formatted by citation-js (src/lib/cite/citation-formats.ts)', async () => {
  const topic = topicCitation(edition, answered, wording, places(SITE));
  const para = paragraphCitations(edition, answered, wording, places(SITE)).get(answered.answer!.paragraphs[0]!.id)!;
  const whole = editionCitation(edition, wording, places(SITE));
  const refs = await formatReferences([whole.item, topic.item, para.item]);

  it('as Chicago, APA and MLA entries, each naming speaker, title, translator and address, not disambiguated against each other', () => {
    for (const c of [whole, topic, para]) {
      for (const style of ['chicago', 'apa', 'mla'] as const) {
        const text = refs.get(c.item.id)![style];
        expect(text, style).toContain(facts.speaker.en);
        expect(text, style).toContain(c.item.title.replace(/'/g, '’')); // citeproc sets typewriter apostrophes as ’
        expect(text, style).toContain(wording.translator);
        expect(text, style).toContain(c.item.URL!);
        expect(text, style).not.toMatch(/———|---|\d{4}[a-z]\b/);
      }
    }
    expect(refs.get(topic.item.id)!.chicago).toMatch(new RegExp(`^${facts.speaker.en}\\. ${facts.date.slice(0, 4)}\\. “`));
    expect(refs.get(topic.item.id)!.apa).toContain(`(${facts.date.slice(0, 4)}, `);
    expect(refs.get(topic.item.id)!.mla).toContain('translated by');
  });

  for (const format of Object.keys(CITATION_FORMATS) as CitationFormat[]) {
    it(`as ${CITATION_FORMATS[format]} that an independent reader parses back to the same title, date and address`, async () => {
      for (const c of [whole, topic, para]) {
        const [record, ...more] = readers[format](await exportCitation(c.item, format));
        expect(more).toEqual([]);
        expect(record!.title).toBe(c.item.title);
        expect(record!.date).toBe(facts.date);
        expect(record!.url).toBe(c.item.URL);
        expect(record!.authors).toEqual(c.item.author.map((a) => a.literal));
      }
    });
  }

  it('RIS keeps every value on its tag line (no 70-column continuation lines)', async () => {
    const ris = await exportCitation(para.item, 'ris');
    expect(para.item.URL!.length).toBeGreaterThan(70);
    expect(ris.split('\n').filter((l) => l && !/^[A-Z][A-Z0-9]  - /.test(l))).toEqual([]);
  });
});

describe('page metadata (src/lib/cite/citation-meta.ts)', () => {
  const topic = topicCitation(edition, answered, wording, places(SITE)).item;
  it('Highwire tags: title, author, both dates, publisher, both languages, and the address only when there is one', () => {
    const tags = highwireTags(topic);
    const get = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
    expect(get('citation_title')).toEqual([answered.title.en]);
    expect(get('citation_author')).toEqual([facts.speaker.en]);
    expect(get('citation_publication_date')).toEqual([facts.date.replace(/-/g, '/')]);
    expect(get('citation_date')).toEqual([facts.date.replace(/-/g, '/')]);
    expect(get('citation_publisher')).toEqual([wording.editionName]);
    expect(get('citation_language')).toEqual(['zh', 'en']);
    expect(get('citation_public_url')).toEqual([topic.URL]);
    expect(highwireTags(topicCitation(edition, answered, wording, places(null)).item).some((t) => t.name === 'citation_public_url')).toBe(false);
  });

  it('JSON-LD: an Article about the event, in both languages, by the speaker, translated by the edition, based on the source', () => {
    const data = JSON.parse(jsonLdText(citationJsonLd(topic, facts, SITE.href)));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: answered.title.en,
      inLanguage: ['zh-Hans', 'en'],
      datePublished: facts.date,
      author: [{ '@type': 'Person', name: facts.speaker.en }],
      translator: { name: wording.translator },
      about: { '@type': 'Event', name: facts.event.en, startDate: facts.date, location: { name: facts.venue.en } },
      isBasedOn: { publisher: { name: facts.publisher.en } },
      url: topic.URL,
    });
  });

  it('JSON-LD text cannot close its script element', () => {
    expect(jsonLdText({ a: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('the test readers are strict', () => {
  it('reject malformed BibTeX, RIS and CSL-JSON', () => {
    expect(() => parseBibtex('@misc{k,\n\ttitle = {unbalanced,\n}')).toThrow(/BibTeX line/);
    expect(() => parseBibtex('@misc{k,\n\tyear = {2024},\n}')).toThrow(/no title/);
    expect(() => decodeBibtex('\\unknowncommand{}')).toThrow(/unknown LaTeX command/);
    expect(() => parseRis('TY  - ELEC\nTI  - A title\nhttps://continued\nER  - \n')).toThrow(/RIS line 3/);
    expect(() => parseRis('TY  - ELEC\nTI  - A title\nPY  - 2024\n')).toThrow(/no ER/);
    expect(() => parseCslJson('{"id": "x"}')).toThrow(/not an array/);
    expect(() => parseCslJson('[{"id": "x", "type": "webpage", "title": "t"}]')).toThrow(/date-parts/);
  });

  it('decode BibTeX as a reference manager would', () => {
    expect(decodeBibtex('On {China}--{US} relations, \\textparagraph{} 4')).toBe('On China–US relations, ¶ 4');
    expect(decodeBibtex('{China}\\textquoteright{}s \\& \\#1')).toBe('China’s & #1');
    expect(parseBibtex('@misc{k,\n\tyear = 2024,\n\tmonth = {mar 7},\n\ttitle = {T},\n}')[0]!.date).toBe('2024-03-07');
  });
});
