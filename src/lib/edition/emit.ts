import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import type { Dictionary } from '../../schemas/dictionary.ts';
import type { Edition, EditionTopic } from '../../schemas/edition.ts';

/** The generated files the site reads (under `<root>/build/generated/`). */
export const GENERATED = { edition: 'edition.json', dictionary: 'dictionary.json' } as const;

/**
 * The output folders (under `<root>/build/`) and the files in each: the topic
 * collection, and the edition document with its dictionary subset.
 */
export function editionFiles({ edition, dictionary }: { edition: Edition; dictionary: Dictionary }): Record<'topics' | 'generated', Map<string, string>> {
  return {
    topics: new Map(edition.topics.map((t) => [`${t.slug}.md`, topicToMarkdown(t, edition)])),
    generated: new Map([
      [GENERATED.edition, `${JSON.stringify(edition)}\n`],
      [GENERATED.dictionary, `${JSON.stringify(dictionary)}\n`],
    ]),
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

/** The pointer to the current build under the output root: `<root>/build` → `.builds/<id>`. */
export const BUILD_LINK = 'build';
/** The folder of the builds under the output root. */
export const BUILDS_DIR = '.builds';
/** A new link waiting to replace `build`: `.build-new-<id>`. */
const NEW_LINK = '.build-new-';

/**
 * Whether the build that made a folder or link named `…-<pid>-<random>` may
 * still be running (another build in the same root at the same time): its
 * files are not leftovers yet.
 */
function runningBuild(name: string): boolean {
  const pid = Number(/-(\d+)-[^-]+$/.exec(name)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The steps of writing the output, in order, for tests that interrupt the
 * writer: `cleaned` (leftovers removed), `writing` (the first file of the new
 * build written), `staged` (the new build complete), `linked` (the new pointer
 * made beside the current one), `swapped` (the pointer replaced: the new build
 * is the output), `done` (the previous build removed).
 */
export const OUTPUT_STEPS = ['cleaned', 'writing', 'staged', 'linked', 'swapped', 'done'] as const;
export type OutputStep = (typeof OUTPUT_STEPS)[number];

/** The build folder the pointer names (its path under the root), or null when there is none. */
export function currentBuild(root: string): string | null {
  try {
    return readlinkSync(join(root, BUILD_LINK));
  } catch {
    return null;
  }
}

/**
 * Remove what an interrupted or earlier run left under the root: the staging
 * and backup folders of the former writer (`.output-*`), links that were made
 * but never swapped in, the builds the link does not name, and the output
 * folders of the former layout (`<root>/<folder>`, now under
 * `<root>/build/<folder>`). A build whose process still runs is left alone.
 */
export function cleanLeftovers(root: string, folders: readonly string[] = []): void {
  if (!existsSync(root)) return;
  const current = currentBuild(root);
  for (const name of readdirSync(root)) {
    if (name.startsWith('.output-') || (name.startsWith(NEW_LINK) && !runningBuild(name))) rmSync(join(root, name), { recursive: true, force: true });
  }
  for (const folder of folders) {
    const old = join(root, folder);
    if (existsSync(old) && lstatSync(old).isDirectory()) rmSync(old, { recursive: true, force: true });
  }
  const builds = join(root, BUILDS_DIR);
  if (existsSync(builds)) {
    for (const id of readdirSync(builds)) if (join(BUILDS_DIR, id) !== current && !runningBuild(id)) rmSync(join(builds, id), { recursive: true, force: true });
  }
}

/**
 * Replace the output (folder name → files) under `root` in one atomic step, so
 * that after an interruption at any point (even SIGKILL) the output is either
 * the previous build or the new one, whole, with all its folders from the same
 * build. Every build is written to its own folder `<root>/.builds/<id>/` (the id
 * holds the time and the process ID); the output is the symbolic link
 * `<root>/build` → `.builds/<id>`, replaced by one `rename` of a new link
 * `.build-new-<id>` over it (atomic on POSIX file systems). Readers use
 * `<root>/build/<folder>`. Leftovers of an interrupted run are removed at the
 * next start; if a write fails, the previous output has not changed.
 *
 * @param onStep called after each step (see OUTPUT_STEPS), for tests that interrupt the writer
 */
export function writeOutputAtomically(root: string, folders: Record<string, Map<string, string>>, onStep: (step: OutputStep) => void = () => {}): void {
  mkdirSync(root, { recursive: true });
  const link = join(root, BUILD_LINK);
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) throw new Error(`${link} is not the output's link (a symbolic link to ${BUILDS_DIR}/…): remove it`);
  cleanLeftovers(root, Object.keys(folders));
  onStep('cleaned');
  const previous = currentBuild(root);
  mkdirSync(join(root, BUILDS_DIR), { recursive: true });
  const dir = mkdtempSync(join(root, BUILDS_DIR, `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${process.pid}-`));
  const id = join(BUILDS_DIR, basename(dir));
  const newLink = join(root, `${NEW_LINK}${basename(dir)}`);
  try {
    let first = true;
    for (const [folder, files] of Object.entries(folders)) {
      mkdirSync(join(dir, folder));
      for (const [name, text] of files) {
        writeFileSync(join(dir, folder, name), text);
        if (first) onStep('writing');
        first = false;
      }
    }
    onStep('staged');
    symlinkSync(id, newLink);
    onStep('linked');
    renameSync(newLink, link);
  } catch (error) {
    rmSync(newLink, { force: true });
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  onStep('swapped');
  if (previous && previous !== id) rmSync(join(root, previous), { recursive: true, force: true });
  onStep('done');
}
