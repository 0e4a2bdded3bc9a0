import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Edition, EditionTopic } from '../../schemas/edition.ts';

/** The output folders under the content root and the files in each: the topic collection and the edition document. */
export function editionFiles(edition: Edition): Record<'topics' | 'generated', Map<string, string>> {
  return {
    topics: new Map(edition.topics.map((t) => [`${t.slug}.md`, topicToMarkdown(t, edition)])),
    generated: new Map([['edition.json', `${JSON.stringify(edition)}\n`]]),
  };
}

/**
 * One topic as a Markdown file: YAML frontmatter holding the topic exactly as
 * the edition has it, and a plain Markdown body of its Chinese text for
 * readers who open the file.
 */
export function topicToMarkdown(topic: EditionTopic, edition: Edition): string {
  const front = stringify(topic, { lineWidth: 0, sortMapEntries: false });
  const body: string[] = [`# ${topic.title.zh.hans} · ${topic.title.en}`];
  for (const part of [topic.question, topic.answer]) {
    part?.paragraphs.forEach((p, i) => body.push(i === 0 ? `**${part.label.hans}**${p.zh.hans}` : p.zh.hans));
  }
  if (topic.digest) {
    const label = edition.ui['digest'];
    body.push(`## ${label?.zh?.hans ?? ''} · ${label?.en ?? ''}: ${topic.digest.heading.hans}`);
    for (const p of topic.digest.paragraphs) body.push(p.zh.hans);
  }
  return `---\n${front}---\n\n${body.join('\n\n')}\n`;
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
