import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pinyinOverridesSchema, scriptOverridesSchema } from '../../schemas/reading-overrides.ts';
import { loadYaml } from '../pipeline/authored.ts';
import type { PinyinOverride } from './pinyin.ts';
import type { ScriptOverride } from './script.ts';

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
