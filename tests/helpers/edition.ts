import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Edition } from '../../src/schemas/edition.ts';

/** The edition of the committed sources and data, built once for the suite (see edition-setup.ts). */
export const edition: Edition = JSON.parse(readFileSync(inject('editionFile'), 'utf8'));
