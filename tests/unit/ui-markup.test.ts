import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/load/yaml.ts';
import { DEFAULT_PATHS } from '../../src/lib/load/paths.ts';
import { uiStringsSchema } from '../../src/schemas/ui.ts';
import { parseUiMarkup, placeholdersOf, UiMarkupError } from '../../src/utils/ui-markup.ts';

describe('the inline markup of interface strings', () => {
  it('reads strong text, links to site pages and placeholders, inside and outside them', () => {
    expect(parseUiMarkup('a **full transcript** of {n} questions, [more on the {what}](about/#truncation).')).toEqual([
      { text: 'a ' },
      { strong: [{ text: 'full transcript' }] },
      { text: ' of ' },
      { name: 'n' },
      { text: ' questions, ' },
      { link: 'about/#truncation', children: [{ text: 'more on the ' }, { name: 'what' }] },
      { text: '.' },
    ]);
  });

  it('leaves text without markup whole, brackets and parentheses of ordinary prose included', () => {
    expect(parseUiMarkup('Tone numbers (a1)')).toEqual([{ text: 'Tone numbers (a1)' }]);
    expect(parseUiMarkup('Go to the answer →')).toEqual([{ text: 'Go to the answer →' }]);
  });

  it.each([
    ['a **bold', /“\*\*” left open/],
    ['a [link', /“\[” without its “\]\(path\)”/],
    ['a link](about/)', /“\]\(” without its “\[”/],
    ['[a **b** c](about/)', /“\*\*” inside a link's text/],
    ['**a [b](about/)**', /“\[” inside strong text/],
    ['[a]()', /without its path/],
  ])('rejects %s', (text, message) => {
    expect(() => parseUiMarkup(text)).toThrow(UiMarkupError);
    expect(() => parseUiMarkup(text)).toThrow(message);
  });

  it('lists the placeholders a string names', () => {
    expect(placeholdersOf(parseUiMarkup('{a} **{b}** [{c}](x/)'))).toEqual(['a', 'b', 'c']);
  });
});

describe('content/ui.yaml', () => {
  const text = readFileSync(DEFAULT_PATHS.uiFile, 'utf8');

  it('has well-formed markup in every string, the page prose among them', () => {
    const ui = parseYaml(text, DEFAULT_PATHS.uiFile, uiStringsSchema).data;
    expect(Object.keys(ui).length).toBeGreaterThan(200);
    expect(parseUiMarkup(ui['homeSources']!.en).some((n) => 'strong' in n)).toBe(true);
  });

  it('fails the load at the line of a string with malformed markup, naming the fault', () => {
    const broken = text.replace(/^(homeWhatHeading: \{ en: )What this is \}/m, '$1What **this is }');
    expect(broken).not.toBe(text);
    const line = broken.split('\n').findIndex((l) => l.startsWith('homeWhatHeading:')) + 1;
    expect(() => parseYaml(broken, DEFAULT_PATHS.uiFile, uiStringsSchema)).toThrow(
      new RegExp(`^${DEFAULT_PATHS.uiFile.replace(/[.]/g, '\\.')}:${line}: malformed markup: “\\*\\*” left open`),
    );
  });
});
