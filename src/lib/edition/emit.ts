import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * Replace several output folders (name → files) under `root` together: write
 * everything into one staging folder first, then swap each folder in. If a
 * write fails, nothing has changed; if a swap fails, the folders already
 * swapped are put back, so the previous output stays whole and consistent.
 */
export function writeOutputAtomically(root: string, folders: Record<string, Map<string, string>>): void {
  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(join(root, '.output-new-'));
  const backup = mkdtempSync(join(root, '.output-old-'));
  try {
    for (const [folder, files] of Object.entries(folders)) {
      mkdirSync(join(staging, folder));
      for (const [name, text] of files) writeFileSync(join(staging, folder, name), text);
    }
    const placed: string[] = [];
    try {
      for (const folder of Object.keys(folders)) {
        const target = join(root, folder);
        if (existsSync(target)) renameSync(target, join(backup, folder));
        renameSync(join(staging, folder), target);
        placed.push(folder);
      }
    } catch (error) {
      // Undo: remove what was placed, and move every original that was set aside back.
      for (const folder of Object.keys(folders)) {
        if (placed.includes(folder)) rmSync(join(root, folder), { recursive: true, force: true });
        if (existsSync(join(backup, folder))) renameSync(join(backup, folder), join(root, folder));
      }
      throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(backup, { recursive: true, force: true });
  }
}
