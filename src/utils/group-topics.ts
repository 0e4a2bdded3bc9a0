/**
 * Topics grouped by a key (a country, a kind of outlet), the largest group
 * first, then by key in alphabetical order; each group keeps the topics in
 * the order asked.
 */
export function groupTopics<T>(topics: readonly T[], key: (topic: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const t of topics) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}
