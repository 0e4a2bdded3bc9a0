#!/usr/bin/env node
/**
 * The published anchors of the site.
 *   node scripts/anchors.ts            print what changed against content/anchor-manifest.json
 *   node scripts/anchors.ts --accept   add the built site's anchors to content/anchor-manifest.json (removed ones stay)
 * The tests fail when a published anchor disappears without an alias in content/data/anchor-aliases.yaml,
 * or when a paragraph anchor comes to point at different text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { anchorManifest, compareAnchors, type AnchorManifest } from './lib/anchors.ts';
import { loadEdition } from './lib/content.ts';
import { anchorTexts } from '../src/schemas/edition-model.ts';

const MANIFEST = 'content/anchor-manifest.json';
const built = anchorManifest('dist', anchorTexts(loadEdition()));
if (process.argv.includes('--accept')) {
  // A published anchor stays published: one the site no longer has is kept in the manifest, so the
  // tests go on requiring an alias for it.
  const published = JSON.parse(readFileSync(MANIFEST, 'utf8')) as AnchorManifest;
  const merged: AnchorManifest = {};
  for (const page of [...new Set([...Object.keys(published), ...Object.keys(built)])].sort()) {
    const ids = { ...published[page], ...built[page] };
    merged[page] = Object.fromEntries(Object.keys(ids).sort().map((id) => [id, ids[id]!]));
  }
  writeFileSync(MANIFEST, `${JSON.stringify(merged, null, 1)}\n`);
  console.log(`anchors: ${Object.values(merged).flatMap(Object.keys).length} anchors on ${Object.keys(merged).length} pages → ${MANIFEST}`);
} else {
  const { removed, moved, added } = compareAnchors(JSON.parse(readFileSync(MANIFEST, 'utf8')) as AnchorManifest, built);
  for (const a of removed) console.log(`removed ${a}`);
  for (const a of moved) console.log(`moved   ${a} (now points at different text)`);
  for (const a of added) console.log(`added   ${a}`);
}
