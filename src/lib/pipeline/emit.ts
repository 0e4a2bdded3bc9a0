import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { ConferenceOut, TopicOut } from './output-schema.ts';

/**
 * Render one topic as a Markdown file: YAML frontmatter holding the
 * structured data (paragraph IDs, provenance, alignment), and a plain
 * Markdown body of the same text for readers who download it.
 */
export function topicToMarkdown(topic: TopicOut): string {
  const front = stringify(topic, { lineWidth: 0, sortMapEntries: false });
  const body: string[] = [`# ${topic.title.zh} · ${topic.title.en}`];
  if (topic.question) {
    topic.question.paragraphs.forEach((p, i) => body.push(i === 0 ? `**${topic.question!.label}**${p.zh}` : p.zh));
  }
  if (topic.answer) {
    topic.answer.paragraphs.forEach((p, i) => body.push(i === 0 ? `**${topic.answer!.label}**${p.zh}` : p.zh));
  }
  if (topic.digest) {
    body.push(`## 摘要版 · Digest: ${topic.digest.heading}`);
    for (const p of topic.digest.paragraphs) body.push(p.zh);
  }
  return `---\n${front}---\n\n${body.join('\n\n')}\n`;
}

/** The conference-wide record, as the JSON array Astro's `file()` loader reads. */
export function conferenceToJson(conference: ConferenceOut): string {
  return `${JSON.stringify([conference], null, 2)}\n`;
}

/**
 * Replace the contents of `dir` with `files` (name → text) all at once: write
 * everything to a sibling temporary folder first, then swap it in. If anything
 * fails before the swap, the previous output is left untouched.
 */
export function writeDirectoryAtomically(dir: string, files: Map<string, string>): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(dir)}-new-`));
  try {
    for (const [name, text] of files) writeFileSync(join(staging, name), text);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const old = `${dir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
}
