import { z } from 'zod';

/**
 * `content/data/pinyin-overrides.yaml` and `content/data/traditional-overrides.yaml`:
 * authored corrections of readings and characters the libraries get wrong in this text.
 */

const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+$/;

export const pinyinOverrideSchema = z
  .object({
    word: z.string().min(1),
    reading: z.string().min(1),
    context: z.string().min(1).optional(),
    reason: z.string().min(1),
  })
  .strict()
  .refine((o) => o.reading.split(' ').length === [...o.word].length, { message: 'the reading needs one syllable per character of the word' })
  .refine((o) => o.reading.split(' ').every((s) => SYLLABLE.test(s)), { message: 'each syllable is lower-case pinyin with tone marks' })
  .refine((o) => !o.context || o.context.includes(o.word), { message: 'the context must contain the word' });
export type PinyinOverride = z.infer<typeof pinyinOverrideSchema>;
export const pinyinOverridesSchema = z.array(pinyinOverrideSchema);

export const scriptOverrideSchema = z
  .object({ simplified: z.string().min(1), tw: z.string().min(1), hk: z.string().min(1), reason: z.string().min(1) })
  .strict()
  .refine((o) => [...o.tw].length === [...o.simplified].length && [...o.hk].length === [...o.simplified].length, {
    message: 'tw and hk must have as many characters as the simplified phrase',
  });
export type ScriptOverride = z.infer<typeof scriptOverrideSchema>;
export const scriptOverridesSchema = z.array(scriptOverrideSchema);
