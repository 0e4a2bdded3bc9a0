/**
 * Where the authored material lives (kept apart from the loader, so that the
 * content build can hash its inputs for the cache without loading the
 * schemas and the YAML reader; authored.ts re-exports both).
 */

/** Where the authored material lives. Each path may be changed on the command line. */
export interface AuthoredPaths {
  /** The full transcript: one file, or its parts in order (a continuation page as a second file). */
  fullTranscript: string | readonly string[];
  digest: string;
  /** Folder of the data files: conference, topics, outlets, glossary, corrections, overrides, aliases, dictionary credits. */
  dataDir: string;
  /** Folder of the English translation files, one per topic. */
  translationsDir: string;
  /** The interface strings. */
  uiFile: string;
  /** Folder of the authored prose pages (About), in Markdown. */
  pagesDir: string;
}

/** The committed sources and data. */
export const DEFAULT_PATHS = {
  fullTranscript: 'content/sources/full-transcript.txt',
  digest: 'content/sources/digest.txt',
  dataDir: 'content/data',
  translationsDir: 'content/translations',
  uiFile: 'content/ui.yaml',
  pagesDir: 'content/pages',
} as const satisfies AuthoredPaths;
