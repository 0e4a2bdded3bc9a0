/**
 * The keys of the dictionary lookup (src/client/lookup.ts), by action, as
 * KeyboardEvent.key values: the lookup reacts to exactly these, and the
 * keyboard shortcuts help (src/components/ShortcutsHelp.astro) lists them.
 * Each action's description is the interface string of the same name.
 */
export const LOOKUP_KEYS = {
  /** Open the entry of the focused word (`d` also on a focused glossary mark, whose Enter opens its note). */
  shortcutLookup: ['Enter', ' ', 'd'],
  /** Move to the next or previous word (and show its entry if one is open). */
  shortcutLookupMove: ['ArrowLeft', 'ArrowRight'],
  /** Close the entry (back to the word). */
  shortcutLookupClose: ['Escape'],
} as const satisfies Record<string, readonly string[]>;

/** Whether a key is one of an action's. */
export const isLookupKey = (action: keyof typeof LOOKUP_KEYS, key: string): boolean => (LOOKUP_KEYS[action] as readonly string[]).includes(key);
