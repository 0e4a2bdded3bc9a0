#!/usr/bin/env node
/**
 * Build the per-topic Q&A Markdown collection from the two transcripts.
 *
 *   node scripts/build-content.ts [--full FILE] [--digest FILE] [--data DIR] [--translations DIR] [--out DIR]
 *
 * Defaults: the committed sources under content/sources, the authored data
 * under content/data, output to content/topics (+ content/generated).
 * On bad input it prints `file:line: message`, exits 1 and leaves the
 * previous output untouched.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { SourceError } from '../src/lib/pipeline/errors.ts';
import { writeOutputAtomically } from '../src/lib/pipeline/emit.ts';
import { runPipeline } from '../src/lib/pipeline/run.ts';

const { values } = parseArgs({
  options: {
    full: { type: 'string', default: 'content/sources/full-transcript.txt' },
    digest: { type: 'string', default: 'content/sources/digest.txt' },
    data: { type: 'string', default: 'content/data' },
    translations: { type: 'string', default: 'content/translations' },
    out: { type: 'string', default: 'content' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: node scripts/build-content.ts [--full FILE] [--digest FILE] [--data DIR] [--translations DIR] [--out DIR]');
  process.exit(0);
}

const started = performance.now();
try {
  const output = runPipeline({ fullTranscript: values.full, digest: values.digest, dataDir: values.data, translationsDir: values.translations });
  writeOutputAtomically(values.out, {
    topics: output.topicFiles,
    generated: new Map([
      ['conference.json', output.conferenceJson],
      ['glossary.json', output.glossaryJson],
    ]),
  });
  const ms = Math.round(performance.now() - started);
  console.log(`content: ${output.topics.length} topics → ${join(values.out, 'topics')} (${ms} ms)`);
} catch (error) {
  // A SourceError names file and line; anything else (a failed consistency check) is reported plainly too.
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof SourceError) && process.env.DEBUG) console.error(error);
  process.exit(1);
}
