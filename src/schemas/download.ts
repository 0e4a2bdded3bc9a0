import { z } from 'zod';
import {
  digestParagraphSchema,
  editionSchema,
  factsSchema,
  furnitureSchema,
  glossaryTermSchema,
  mixedSchema,
  outletSchema,
  paragraphSchema,
  provenanceSchema,
  topicSchema,
  zhStringSchema,
  type Edition,
} from './edition.ts';

/**
 * The data download (`/data/press-conference.json`): the edition document
 * itself, with the address of its JSON Schema. Its cross-references are
 * checked when the edition is built; JSON Schema cannot express them, so the
 * published schema leaves them out.
 */
export const downloadSchema = editionSchema.extend({ $schema: z.string().min(1) });
export type Download = z.infer<typeof downloadSchema>;

/** Site paths of the JSON document and of its JSON Schema. */
export const DOWNLOAD_JSON_PATH = 'data/press-conference.json';
export const DOWNLOAD_SCHEMA_PATH = 'data/press-conference.schema.json';

/** The download document for an edition, given the absolute URL of its schema. */
export function downloadDocument(edition: Edition, schemaUrl: string): Download {
  return downloadSchema.parse({ $schema: schemaUrl, ...edition });
}

/** Names and descriptions for the published JSON Schema (a local registry: the shared schemas stay untouched). */
function schemaMetadata() {
  const meta = z.registry<{ id?: string; title?: string; description?: string }>();
  const p = paragraphSchema.shape;
  const d = digestParagraphSchema.shape;
  const t = topicSchema.shape;
  meta.add(zhStringSchema, { id: 'ZhString', description: 'A Chinese string: simplified (hans), traditional Taiwan-standard (hant) and Hong Kong (hk) forms of the same length, pinyin (one tone-marked syllable per character, “-” for none) and word lengths.' });
  meta.add(mixedSchema, { id: 'Mixed', description: 'English prose that may quote Chinese: plain strings and ZhString runs.' });
  meta.add(paragraphSchema, { id: 'Paragraph', description: 'One paragraph: the Chinese text as printed, its English translation and annotations. The ID is the anchor on the topic page.' });
  meta.add(digestParagraphSchema, { id: 'DigestParagraph', description: 'A paragraph of the abridged digest, with the parts of the full answer it abridges and a character-level comparison.' });
  meta.add(provenanceSchema, { id: 'Provenance', description: 'Where the paragraph comes from: source, file, line numbers, and whether lines split by a page break were rejoined.' });
  meta.add(furnitureSchema, { id: 'Furniture', description: 'Newspaper furniture kept as metadata, never as text: title, dateline, photo caption and credit, source tag, continuation marker.' });
  meta.add(outletSchema, { id: 'Outlet', description: 'The news organisation of the journalist who asked the question.' });
  meta.add(topicSchema, { id: 'Topic', description: 'One topic of the press conference: the question, the full answer and the digest’s abridgement (either may be missing).' });
  meta.add(glossaryTermSchema, { id: 'GlossaryTerm', description: 'A key term with its translation, a note, and where it is marked in the text.' });
  meta.add(factsSchema, { id: 'Facts', description: 'The facts about the event: speaker, event, date, venue, publisher, the two sources.' });
  meta.add(p.en, { description: 'This edition’s English translation (unofficial).' });
  meta.add(p.flag, { description: 'Translator’s note where the source is faulty: what it reads and how it was read; null otherwise.' });
  meta.add(p.terms, { description: 'Glossary terms marked in the text, as code-point ranges [from, to) of zh.' });
  meta.add(p.corrections, { description: 'Editorial corrections: the printed span (code points of zh) and the corrected reading.' });
  meta.add(d.spans, { description: 'The parts (code-unit ranges) of the full answer’s paragraphs this digest paragraph abridges.' });
  meta.add(d.coverage, { description: 'Share of the digest paragraph found in the answer (0..1).' });
  meta.add(d.diff, { description: 'Character-level comparison with the answer (empty for digest-only topics).' });
  meta.add(t.order, { description: 'Position in the press conference (0 = opening remarks).' });
  meta.add(t.number, { description: 'The question’s number in the full transcript; null for the opening remarks and digest-only topics.' });
  meta.add(t.sources, { description: 'Which sources the topic’s text comes from.' });
  return meta;
}

/** The published JSON Schema (draft 2020-12) of the download document; `$id` only with an absolute address. */
export function downloadJsonSchema(schemaUrl: string | null, title: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(downloadSchema, { target: 'draft-2020-12', metadata: schemaMetadata() });
  return {
    $schema,
    ...(schemaUrl ? { $id: schemaUrl } : {}),
    title,
    description:
      'The whole press conference as one document: the event facts, every topic in press-conference order with its question, answer and digest paragraphs (Chinese in both scripts with pinyin, English translation, provenance, glossary term marks, corrections, digest spans and comparison), the glossary and the interface strings. Cross-references are checked when the file is built; this schema does not express them.',
    ...rest,
  };
}
