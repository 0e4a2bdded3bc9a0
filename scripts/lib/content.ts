import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { conferenceOutSchema, glossaryOutSchema, topicSchema, type ConferenceOut, type GlossaryOut, type TopicOut } from '../../src/lib/pipeline/output-schema.ts';

/** What the content build wrote (content/topics, content/generated), validated, topics in press-conference order. */
export interface BuiltContent {
  topics: TopicOut[];
  conference: ConferenceOut;
  glossary: GlossaryOut[];
}

/** Read the content build's output from `dir` (default `content`). */
export function loadBuiltContent(dir = 'content'): BuiltContent {
  const topics = readdirSync(join(dir, 'topics'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => topicSchema.parse(parse(readFileSync(join(dir, 'topics', f), 'utf8').split(/^---$/m)[1]!)))
    .sort((a, b) => a.order - b.order);
  const conference = conferenceOutSchema.parse(JSON.parse(readFileSync(join(dir, 'generated', 'conference.json'), 'utf8'))[0]);
  const glossary = glossaryOutSchema.array().parse(JSON.parse(readFileSync(join(dir, 'generated', 'glossary.json'), 'utf8')));
  return { topics, conference, glossary };
}

/** Every paragraph's Chinese text by its ID (the lede included). */
export function paragraphTexts(content: BuiltContent): Map<string, string> {
  const all = [content.conference.lede, ...content.topics.flatMap((t) => [...(t.question?.paragraphs ?? []), ...(t.answer?.paragraphs ?? []), ...(t.digest?.paragraphs ?? [])])];
  return new Map(all.map((p) => [p.id, p.zh]));
}
