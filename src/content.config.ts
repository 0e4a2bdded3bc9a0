import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { conferenceOutSchema, glossaryOutSchema, topicSchema } from './lib/pipeline/output-schema.ts';

/**
 * Topics: one Markdown file per topic, written by `scripts/build-content.ts`
 * from the two transcripts. The frontmatter schema is the pipeline's own, so
 * the site validates exactly what the pipeline promises to emit.
 */
const topics = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/topics' }),
  schema: topicSchema,
});

/** The conference-wide record: title, lede, furniture, truncation, accounting. */
const conference = defineCollection({
  loader: file('./content/generated/conference.json'),
  schema: conferenceOutSchema,
});

/** The glossary of key terms, with where each term is marked. */
const glossary = defineCollection({
  loader: file('./content/generated/glossary.json'),
  schema: glossaryOutSchema,
});

/** Authored prose pages (About), written in Markdown. */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: z.object({
    title: z.string(),
    titleZh: z.string(),
    description: z.string(),
  }),
});

export const collections = { topics, conference, glossary, pages };
