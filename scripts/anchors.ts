#!/usr/bin/env node
/**
 * The published anchors of the site.
 *   node scripts/anchors.ts            print what changed against content/anchor-manifest.json
 *   node scripts/anchors.ts --accept   write the built site's anchors to content/anchor-manifest.json
 * The tests fail when a published anchor disappears without an alias in content/data/anchor-aliases.yaml.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { anchorManifest, type AnchorManifest } from './lib/anchors.ts';

const MANIFEST = 'content/anchor-manifest.json';
const built = anchorManifest('dist');
if (process.argv.includes('--accept')) {
  writeFileSync(MANIFEST, `${JSON.stringify(built, null, 1)}\n`);
  console.log(`anchors: ${Object.values(built).flat().length} anchors on ${Object.keys(built).length} pages → ${MANIFEST}`);
} else {
  const published = JSON.parse(readFileSync(MANIFEST, 'utf8')) as AnchorManifest;
  for (const [page, ids] of Object.entries(published)) {
    const now = new Set(built[page] ?? []);
    for (const id of ids) if (!now.has(id)) console.log(`removed ${page}#${id}`);
  }
  for (const [page, ids] of Object.entries(built)) {
    const before = new Set(published[page] ?? []);
    for (const id of ids) if (!before.has(id)) console.log(`added   ${page}#${id}`);
  }
}
