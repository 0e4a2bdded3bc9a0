import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/lib/load/errors.ts';
import { parseSources } from '../../src/lib/parse/parse.ts';
import type { Paragraph, Parsed } from '../../src/lib/parse/types.ts';
import { CASES, type LayoutCase } from '../fixtures/layouts/cases.ts';
import { DIGEST, FULL, realParsed, SPEAKER } from '../helpers/authored.ts';

const DIR = 'tests/fixtures/layouts';
const read = (file: string) => ({ file, bytes: readFileSync(file) });

function parseCase(c: LayoutCase): Parsed {
  const full = c.full ? c.full.map((f) => read(join(DIR, c.name, f))) : c.digest ? read(FULL) : read(join(DIR, c.name, 'full.txt'));
  const digest = c.digest ? read(join(DIR, c.name, c.digest)) : read(DIGEST);
  return parseSources({ full, digest }, SPEAKER);
}

/** What makes the edition: every text, outlet and label, in order; not where it sits in the file. */
function shape(parsed: Parsed) {
  const texts = (ps: Paragraph[]) => ps.map((p) => p.text);
  const { full, digest } = parsed;
  return {
    title: full.title.text,
    dateline: full.dateline.text,
    lede: full.lede.text,
    openingLabel: full.openingLabel,
    opening: texts(full.opening),
    units: full.units.map((u) => ({ number: u.number, outlet: u.outlet, questionLabel: u.questionLabel, question: texts(u.question), answerLabel: u.answerLabel, answer: texts(u.answer) })),
    continued: full.continuation !== null,
    digest: { title: digest.title.text, lede: digest.lede.text, sections: digest.sections.map((s) => ({ heading: s.heading, paragraphs: texts(s.paragraphs) })) },
  };
}

const real = shape(realParsed());

describe('source layouts (tests/fixtures/layouts, made from the real sources)', () => {
  it('has a fixture folder for every case and a case for every fixture folder', () => {
    const folders = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual(CASES.map((c) => c.name).sort());
    for (const c of CASES) for (const f of c.full ?? (c.digest ? [c.digest] : ['full.txt'])) expect(existsSync(join(DIR, c.name, f)), `${c.name}/${f}`).toBe(true);
  });

  it('reads the real sources as 14 questions with opening remarks, breaking off at the continuation marker', () => {
    expect(real.units).toHaveLength(14);
    expect(real.opening.length).toBeGreaterThan(0);
    expect(real.continued).toBe(true);
  });

  for (const c of CASES) {
    const error = /^error: ([^:]+):(\d+): (.*)$/s.exec(c.outcome);
    if (!error) {
      it(`${c.name} (${c.layout}): ${c.outcome}`, () => {
        expect(c.outcome).toBe('same edition as the real source');
        const parsed = parseCase(c);
        const question = c.labels?.questionSuffix ?? '记者：';
        const expected = {
          ...real,
          openingLabel: c.labels?.opening ?? real.openingLabel,
          units: real.units.map((u) => ({ ...u, questionLabel: `${u.outlet}${question}`, answerLabel: c.labels?.answer ?? u.answerLabel })),
          continued: c.continued ?? real.continued,
        };
        expect(shape(parsed)).toEqual(expected);
        const furniture = parsed.full.furniture.map((f) => f.text);
        for (const text of c.furniture ?? []) expect(furniture).toContain(text);
        // Every paragraph names where it came from: a file among the inputs and a line in it.
        const files = parsed.full.files;
        for (const u of parsed.full.units) for (const p of [...u.question, ...u.answer]) for (const f of p.provenance.files ?? [p.provenance.file]) expect(files).toContain(f);
      });
    } else {
      const [, file, line, pattern] = error;
      it(`${c.name} (${c.layout}): ${c.outcome}`, () => {
        let thrown: unknown;
        try {
          parseCase(c);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, 'expected a SourceError').toBeInstanceOf(SourceError);
        const e = thrown as SourceError;
        const expectedFile = file === 'full.txt' && !existsSync(join(DIR, c.name, 'full.txt')) ? FULL : file === 'digest.txt' && !c.digest ? DIGEST : join(DIR, c.name, file!);
        expect(e.file).toBe(expectedFile);
        expect(e.line).toBe(Number(line));
        expect(e.message).toMatch(new RegExp(pattern!, 's'));
      });
    }
  }

  it('records how the labels were laid out', () => {
    expect(realParsed().full.labelLayout).toEqual({ placement: 'inline', repeated: false });
    expect(parseCase(CASES.find((c) => c.name === 'labels-own-line')!).full.labelLayout).toEqual({ placement: 'own-line', repeated: false });
    expect(parseCase(CASES.find((c) => c.name === 'labels-repeated')!).full.labelLayout).toEqual({ placement: 'inline', repeated: true });
  });

  it('joins two parts into one paragraph across the page break, recording both files', () => {
    const parsed = parseCase(CASES.find((c) => c.name === 'two-parts')!);
    const paragraph = parsed.full.units[1]!.answer[1]!;
    expect(paragraph.text.startsWith('维护好、发展好中俄关系，是双方基于两国人民')).toBe(true);
    expect(paragraph.provenance).toMatchObject({ file: `${DIR}/two-parts/page1.txt`, lines: [31, 3], files: [`${DIR}/two-parts/page1.txt`, `${DIR}/two-parts/page4.txt`], rejoined: true });
    expect(parsed.fullParts.map((p) => p.file)).toEqual([`${DIR}/two-parts/page1.txt`, `${DIR}/two-parts/page4.txt`]);
    expect(parsed.normalised.full.lines.length).toBe(parsed.fullParts[0]!.lines.length + parsed.fullParts[1]!.lines.length);
    expect(parsed.full.continuation).toMatchObject({ file: `${DIR}/two-parts/page4.txt`, text: '(下转第五版)' });
  });
});
