import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { topicParagraphList as topicParagraphs } from '../../src/schemas/edition-model.ts';
import { edition as content } from '../helpers/site-edition.ts';

const site = inject('siteUrl');

type Zh = { hans: string; hant: string; hk: string; pinyin: string; words: number[] };
type Paragraph = { id: string; zh: Zh; en: string; corrections: { id: string }[] };
type Block = { id: string; paragraphs: Paragraph[] } | null;
type TopicJson = { slug: string; title: { zh: Zh; en: string }; question: Block; answer: Block; digest: Block };
type Download = {
  $schema: string;
  facts: { date: string };
  lede: Paragraph;
  digestLede: Paragraph;
  topics: TopicJson[];
  glossary: { id: string }[];
};

async function get(path: string): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(site + path);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

const paragraphsOf = (t: TopicJson) => [...(t.question?.paragraphs ?? []), ...(t.answer?.paragraphs ?? []), ...(t.digest?.paragraphs ?? [])];

let doc: Download;
let schema: Record<string, unknown>;
let validate: ReturnType<Ajv2020['compile']>;

beforeAll(async () => {
  const json = await get('/data/press-conference.json');
  expect(json.status).toBe(200);
  expect(json.type).toMatch(/^application\/json/);
  doc = JSON.parse(json.text) as Download;
  const published = await get('/data/press-conference.schema.json');
  expect(published.status).toBe(200);
  schema = JSON.parse(published.text) as Record<string, unknown>;
  validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
});

/** A deep copy of the document to break on purpose. */
const copy = (): Download => structuredClone(doc);

describe('the JSON download /data/press-conference.json', () => {
  it('publishes a draft 2020-12 JSON Schema with a title and a description, and the document points at it', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toEqual(expect.any(String));
    expect(schema['description']).toEqual(expect.any(String));
    // An absolute $id only where the site's address was configured; never a local address.
    if (schema['$id'] !== undefined) {
      expect(schema['$id']).toMatch(/^https:\/\/[^/]+\/data\/press-conference\.schema\.json$/);
      expect(doc.$schema).toBe(schema['$id']);
    } else expect(doc.$schema).toBe('/data/press-conference.schema.json');
    expect(JSON.stringify(doc)).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('validates against the published JSON Schema', () => {
    const ok = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects broken copies: a paragraph without zh, an unknown field, a wrong kind, a missing topic list', () => {
    const noZh = copy();
    delete (noZh.topics[1]!.answer!.paragraphs[0] as Partial<Paragraph>).zh;
    expect(validate(noZh)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/topics/1/answer/paragraphs/0' && e.keyword === 'required')).toBe(true);

    const noPinyin = copy();
    delete (noPinyin.topics[0]!.answer!.paragraphs[0]!.zh as Partial<Zh>).pinyin;
    expect(validate(noPinyin)).toBe(false);

    const extra = copy();
    (extra.topics[2] as unknown as Record<string, unknown>)['unexpected'] = true;
    expect(validate(extra)).toBe(false);

    const kind = copy();
    (kind.topics[3] as unknown as Record<string, unknown>)['kind'] = 'interview';
    expect(validate(kind)).toBe(false);

    const badId = copy();
    badId.topics[4]!.question!.paragraphs[0]!.id = 'Not An Anchor';
    expect(validate(badId)).toBe(false);

    const noTopics = copy() as Partial<Download>;
    delete noTopics.topics;
    expect(validate(noTopics)).toBe(false);
  });

  it('holds all 19 topics in press-conference order, with the full data of the content build', () => {
    expect(doc.topics).toHaveLength(19);
    expect(doc.topics.map((t) => t.slug)).toEqual(content.topics.map((t) => t.slug));
    // The download is the edition document itself: every topic exactly as the content build emitted it.
    expect(doc.topics).toEqual(content.topics);
    const { $schema: _schema, ...rest } = doc;
    expect(rest).toEqual(content);
    expect(doc.glossary.length).toBeGreaterThan(0);
  });

  it('has every paragraph and correction ID that the topic pages carry, and no other', async () => {
    for (const t of doc.topics) {
      const page = await get(`/topics/${t.slug}/`);
      expect(page.status, t.slug).toBe(200);
      const ids = [...page.text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      // Paragraph anchors: <slug>-q1, <slug>-a3, <slug>-d2 (and <slug>-p1 for the opening remarks), plus the conference lede.
      const ledes = [doc.lede.id, doc.digestLede.id];
      const pageParagraphs = ids.filter((id) => new RegExp(`^${t.slug}-[a-z]+\\d+$`).test(id));
      const jsonParagraphs = paragraphsOf(t).map((p) => p.id);
      expect(pageParagraphs.length, t.slug).toBeGreaterThan(0);
      expect(jsonParagraphs, t.slug).toEqual(pageParagraphs);
      for (const id of ids.filter((x) => ['lede', 'digest-lede'].includes(x))) expect(ledes, `${t.slug} ${id}`).toContain(id);
      for (const block of [t.question, t.answer, t.digest]) if (block) expect(ids, block.id).toContain(block.id);
      // Correction notes are anchored as fix-<correction ID>.
      const fixes = paragraphsOf(t).flatMap((p) => p.corrections.map((c) => `fix-${c.id}`));
      const ledeFixes = [doc.lede, doc.digestLede].flatMap((p) => p.corrections.map((c) => `fix-${c.id}`));
      for (const id of fixes) expect(ids, `${t.slug} ${id}`).toContain(id);
      for (const id of ids.filter((x) => x.startsWith('fix-'))) expect([...fixes, ...ledeFixes], `${t.slug} ${id}`).toContain(id);
    }
  });
});

describe('the Markdown downloads /topics/<slug>.md', () => {
  it('serves one per topic, opening with the Chinese title, with every answer paragraph in Chinese and English', async () => {
    expect(content.topics).toHaveLength(19);
    for (const t of content.topics) {
      const md = await get(`/topics/${t.slug}.md`);
      expect(md.status, t.slug).toBe(200);
      expect(md.type, t.slug).toBe('text/markdown; charset=utf-8');
      expect(md.text.startsWith(`# ${t.title.zh.hans} · ${t.title.en}\n`), t.slug).toBe(true);
      expect(md.text).not.toMatch(/^---/);
      expect(md.text, t.slug).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(md.text, t.slug).toContain(`Source: ${content.facts.publisher.en}`);

      const [zhPart, enPart] = md.text.split('\n## English (unofficial translation)\n');
      expect(enPart, `${t.slug}: English section`).toBeDefined();
      for (const p of topicParagraphs(t)) {
        expect(zhPart, p.id).toContain(p.zh.hans);
        expect(enPart, p.id).toContain(p.en);
      }
      if (t.answer) expect(zhPart).toContain(`**${t.answer.label.hans}**${t.answer.paragraphs[0]!.zh.hans}`);
      if (t.digest) expect(zhPart).toContain(`## ${content.ui['digest']!.zh!.hans} · ${content.ui['digest']!.en}: ${t.digest.heading.hans}`);
      // The title appears once as a heading: the header replaces the body's own.
      expect(md.text.split(`# ${t.title.zh.hans} · ${t.title.en}`)).toHaveLength(2);
    }
  });
});
