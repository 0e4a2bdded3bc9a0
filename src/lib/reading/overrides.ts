import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadYaml } from '../pipeline/authored.ts';
import type { PinyinOverride } from './pinyin.ts';
import type { ScriptOverride } from './script.ts';

const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+$/;

export const pinyinOverridesSchema = z.array(
  z
    .object({
      word: z.string().min(1),
      reading: z.string().min(1),
      context: z.string().min(1).optional(),
      reason: z.string().min(1),
    })
    .strict()
    .refine((o) => o.reading.split(' ').length === [...o.word].length, { message: 'the reading needs one syllable per character of the word' })
    .refine((o) => o.reading.split(' ').every((s) => SYLLABLE.test(s)), { message: 'each syllable is lower-case pinyin with tone marks' })
    .refine((o) => !o.context || o.context.includes(o.word), { message: 'the context must contain the word' }),
);

export const scriptOverridesSchema = z.array(
  z
    .object({ simplified: z.string().min(1), tw: z.string().min(1), hk: z.string().min(1), reason: z.string().min(1) })
    .strict()
    .refine((o) => [...o.tw].length === [...o.simplified].length && [...o.hk].length === [...o.simplified].length, {
      message: 'tw and hk must have as many characters as the simplified phrase',
    }),
);

/** The authored reading corrections under `content/data/`. */
export interface ReadingOverrides {
  pinyin: PinyinOverride[];
  script: ScriptOverride[];
  pinyinFile: string;
  scriptFile: string;
}

/**
 * Load and validate `pinyin-overrides.yaml` and `traditional-overrides.yaml`
 * from the data folder (a missing file means no overrides).
 */
export function loadReadingOverrides(dataDir: string): ReadingOverrides {
  const pinyinFile = join(dataDir, 'pinyin-overrides.yaml');
  const scriptFile = join(dataDir, 'traditional-overrides.yaml');
  return {
    pinyin: existsSync(pinyinFile) ? (loadYaml(pinyinFile, pinyinOverridesSchema) ?? []) : [],
    script: existsSync(scriptFile) ? (loadYaml(scriptFile, scriptOverridesSchema) ?? []) : [],
    pinyinFile,
    scriptFile,
  };
}
