import type { Edition, UiEntry, ZhString } from '../schemas/edition.ts';
import { NO_READING } from '../schemas/pinyin.ts';
import { getEdition } from './edition.ts';

/** Values for the `{name}` placeholders of an interface string. */
export type UiVars = Record<string, string | number>;

/** Look up an interface string by key, with its placeholders filled. */
export type Translate = (key: string, vars?: UiVars) => UiEntry;

/**
 * The interface strings of the edition (content/ui.yaml, converted by the
 * build), as one lookup function, as Starlight's `t()` does. An unknown key
 * is a defect of the page and fails the build.
 */
export async function useTranslations(): Promise<Translate> {
  return translator((await getEdition()).ui);
}

/** The lookup function over an edition's interface strings, for code that holds the edition already. */
export function translator(ui: Edition['ui']): Translate {
  return (key, vars = {}) => {
    const entry = ui[key];
    if (!entry) throw new Error(`content/ui.yaml has no interface string “${key}”`);
    return { zh: entry.zh && fillZh(entry.zh, vars), en: fill(entry.en, vars) };
  };
}

function fill(text: string, vars: UiVars): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Fill the placeholders of a converted Chinese string. Placeholders and the
 * values put in them are not Chinese (numbers, names in Latin letters), so
 * they read as NO_READING and make one word each.
 */
export function fillZh(zh: ZhString, vars: UiVars): ZhString {
  if (!/\{\w+\}/.test(zh.hans)) return zh;
  const chars = [...zh.hans];
  const readings = zh.pinyin.split(' ');
  const starts = new Set<number>();
  let at = 0;
  for (const w of zh.words) (starts.add(at), (at += w));
  const out = { hans: '', hant: '', hk: '', pinyin: [] as string[], words: [] as number[] };
  const forms = { hant: [...zh.hant], hk: [...zh.hk] };
  let word = 0;
  const cut = () => word > 0 && (out.words.push(word), (word = 0));
  for (let i = 0; i < chars.length; ) {
    const m = /^\{(\w+)\}/.exec(chars.slice(i).join(''));
    if (m && m[1]! in vars) {
      const value = [...String(vars[m[1]!])];
      cut();
      out.hans += value.join('');
      out.hant += value.join('');
      out.hk += value.join('');
      out.pinyin.push(...value.map(() => NO_READING));
      word = value.length;
      cut();
      i += m[0].length;
      continue;
    }
    if (starts.has(i)) cut();
    out.hans += chars[i];
    out.hant += forms.hant[i];
    out.hk += forms.hk[i];
    out.pinyin.push(readings[i]!);
    word++;
    i++;
  }
  cut();
  return { hans: out.hans, hant: out.hant, hk: out.hk, pinyin: out.pinyin.join(' '), words: out.words };
}

/** The interface-string key naming one value of an enumeration: `category` + `place` → `categoryPlace`. */
export function enumKey(prefix: string, value: string): string {
  return prefix + value.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}
