import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { editionSchema, topicSchema } from './schemas/edition.ts';

/**
 * Topics: one Markdown file per topic, written by `scripts/build-content.ts`
 * (content/build is a link to the current build, swapped in atomically);
 * the frontmatter is the edition document's topic, validated with the
 * edition's own schema, so the site and the build cannot disagree.
 */
const topics = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/build/topics' }),
  schema: topicSchema,
});

/** The edition document itself (content/build/generated/edition.json), as one entry. */
const edition = defineCollection({
  loader: file('./content/build/generated/edition.json', { parser: (text) => [{ id: 'edition', ...JSON.parse(text) }] }),
  schema: editionSchema.extend({ id: z.literal('edition') }),
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

export const collections = { topics, edition, pages };
