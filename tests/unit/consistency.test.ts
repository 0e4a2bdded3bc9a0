import { describe, expect, it } from 'vitest';
import {
  checkCorrectionsAgainstFlags,
  checkGlossaryRenderings,
  checkQuotations,
  checkStandingTerms,
  type ChineseParagraph,
  type CorrectionInput,
  type FlagInput,
  type GlossaryTermInput,
  type MarkedParagraph,
  type StandingTermInput,
} from '../../src/lib/consistency/index.ts';
import { correctionSchema } from '../../src/schemas/corrections.ts';
import { glossaryEntrySchema } from '../../src/schemas/glossary.ts';
import { standingTermSchema } from '../../src/schemas/standing-terms.ts';
import { translationEntrySchema } from '../../src/schemas/translations.ts';

// Crafted disagreements, one scenario per test. Every check is pure, so each
// scenario is a handful of plain objects; locations are made up but distinct,
// so the tests can also check where a problem is reported.

const at = (file: string, line: number) => ({ file, line });
const GLOSSARY = 'content/data/glossary.yaml';
const CORRECTIONS = 'content/data/corrections.yaml';
const TERMS = 'content/data/standing-terms.yaml';
const TR = 'content/translations/belt-and-road.yaml';

const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('checkGlossaryRenderings', () => {
  const entry = (over: Partial<GlossaryTermInput> = {}): GlossaryTermInput => ({
    id: 'eight-major-steps',
    zh: '八项行动',
    en: 'the eight actions',
    note: 'Eight actions announced in 2023.',
    at: at(GLOSSARY, 460),
    ...over,
  });
  const para = (en: string, over: Partial<MarkedParagraph> = {}): MarkedParagraph => ({ id: 'belt-and-road-d1', en, terms: ['eight-major-steps'], at: at(TR, 3), ...over });

  it('passes when the paragraph uses the rendering, ignoring case and a leading article', () => {
    expect(checkGlossaryRenderings([entry()], [para('The Eight Actions China will take next mark a new stage.')])).toEqual([]);
  });

  it('reports a glossary rendering missing from a paragraph where the term is marked, at the glossary entry', () => {
    const problems = checkGlossaryRenderings([entry({ en: 'the eight major steps' })], [para('The eight actions China will take next.')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: GLOSSARY, line: 460 });
    expect(problems[0]!.message).toMatch(/“eight-major-steps” \(八项行动\) is marked in belt-and-road-d1.*belt-and-road\.yaml:3.*“the eight major steps”/);
  });

  it('accepts a listed variant, and only a listed one', () => {
    const withVariant = entry({ en: 'the eight major steps', variants: ['the eight actions'] });
    expect(checkGlossaryRenderings([withVariant], [para('The eight actions China will take next.')])).toEqual([]);
    const otherVariant = entry({ en: 'the eight major steps', variants: ['eight measures'] });
    expect(checkGlossaryRenderings([otherVariant], [para('The eight actions China will take next.')])).toHaveLength(1);
  });

  it('does not forgive a hyphen for an en dash (the data must agree, not the check)', () => {
    const railway = entry({ id: 'china-europe-railway-express', zh: '中欧班列', en: 'the China-Europe Railway Express' });
    const problems = checkGlossaryRenderings([railway], [para('The China–Europe Railway Express ran 17,000 trains.', { terms: ['china-europe-railway-express'] })]);
    expect(problems).toHaveLength(1);
  });

  it('checks only the paragraphs where the term is marked', () => {
    expect(checkGlossaryRenderings([entry({ en: 'the eight major steps' })], [para('No term here.', { terms: [] })])).toEqual([]);
  });

  it('reports a paragraph that marks a term the glossary does not have, at the paragraph', () => {
    const problems = checkGlossaryRenderings([entry()], [para('The eight actions.', { terms: ['eight-major-steps', 'no-such-term'] })]);
    expect(problems).toEqual([{ file: TR, line: 3, message: expect.stringMatching(/marks the glossary term “no-such-term”/) }]);
  });

  it('reports a note quoting wording the English lacks (“lose-lose” where the text says “lose-lose-lose”)', () => {
    const munich = entry({ id: 'munich-security-conference', zh: '慕尼黑安全会议', en: 'the Munich Security Conference', note: 'Wang Yi found concern about a “lose-lose” outcome.' });
    const text = para('At the Munich Security Conference people worry about a "lose-lose-lose" outcome.', { terms: ['munich-security-conference'] });
    // "lose-lose" is a substring of "lose-lose-lose"; the quotation must match the text, so quote it whole.
    expect(checkGlossaryRenderings([munich], [text])).toEqual([]);
    const wrong = entry({ ...munich, note: 'Wang Yi found concern about an “intelligence gap”.' });
    const problems = checkGlossaryRenderings([wrong], [text]);
    expect(problems).toEqual([{ file: GLOSSARY, line: 460, message: expect.stringMatching(/the note of “munich-security-conference” quotes “intelligence gap”, which is not in the English/) }]);
  });

  it('finds a note’s quotation in any paragraph, not only where the term is marked', () => {
    const note = entry({ note: 'Announced under the heading of the “second golden decade”.' });
    const paragraphs = [para('The eight actions.'), para('Open a second golden decade.', { id: 'belt-and-road-d2', terms: [] })];
    expect(checkGlossaryRenderings([note], paragraphs)).toEqual([]);
  });

  it('rejects straight double quotes in a note, and leaves ‘single-quoted’ other wording unchecked', () => {
    const straight = entry({ note: 'The official English says "eight major steps".' });
    expect(messages(checkGlossaryRenderings([straight], [para('The eight actions.')]))).toEqual([expect.stringMatching(/straight double quotes are ambiguous/)]);
    const single = entry({ note: 'The official English says ‘eight major steps’.' });
    expect(checkGlossaryRenderings([single], [para('The eight actions.')])).toEqual([]);
  });

  it('reports an unclosed quotation in a note', () => {
    const open = entry({ note: 'Wang Yi calls them “the eight actions.' });
    expect(messages(checkGlossaryRenderings([open], [para('The eight actions.')]))).toEqual([expect.stringMatching(/never closed/)]);
  });

  it('reports an empty rendering', () => {
    expect(messages(checkGlossaryRenderings([entry({ en: 'the' })], []))).toEqual([expect.stringMatching(/empty once its article is set aside/)]);
  });
});

describe('checkQuotations (topic summaries and other prose)', () => {
  const paragraphs = [
    { id: 'artificial-intelligence-a3', en: 'Any attempt to build some "small yard, high fence" in artificial intelligence would be a new historical mistake.' },
    { id: 'taiwan-a1', en: 'The elections in the Taiwan region are merely a local election in China.' },
  ];
  const summary = (text: string, within?: string[]) => ({ text, what: 'the summary of “artificial-intelligence”', at: at('content/data/topics.yaml', 70), ...(within ? { within } : {}) });

  it('passes a summary that quotes the translation', () => {
    expect(checkQuotations([summary('A warning against a “small yard, high fence”.', ['artificial-intelligence-a3'])], paragraphs)).toEqual([]);
  });

  it('reports a summary quoting a wording the translation does not use (“small yards with high fences”)', () => {
    const problems = checkQuotations([summary('A warning against “small yards with high fences”.', ['artificial-intelligence-a3'])], paragraphs);
    expect(problems).toEqual([{ file: 'content/data/topics.yaml', line: 70, message: expect.stringMatching(/quotes “small yards with high fences”, which is not in the English of artificial-intelligence-a3/) }]);
  });

  it('looks only within the given paragraphs', () => {
    expect(checkQuotations([summary('“a local election in China”', ['artificial-intelligence-a3'])], paragraphs)).toHaveLength(1);
    expect(checkQuotations([summary('“a local election in China”')], paragraphs)).toEqual([]);
  });

  it('accepts an ellipsis for left-out words, in order', () => {
    expect(checkQuotations([summary('“any attempt … would be a new historical mistake”')], paragraphs)).toEqual([]);
    expect(checkQuotations([summary('“a new historical mistake … any attempt”')], paragraphs)).toHaveLength(1);
  });

  it('reports a scope naming a paragraph that does not exist', () => {
    expect(messages(checkQuotations([summary('No quotation.', ['no-such-paragraph'])], paragraphs))).toEqual([expect.stringMatching(/no paragraph “no-such-paragraph”/)]);
  });
});

describe('checkCorrectionsAgainstFlags', () => {
  const fix = (over: Partial<CorrectionInput> = {}): CorrectionInput => ({
    id: 'says-one-thing',
    paragraph: 'china-us-a5',
    source: '总是是一套',
    corrected: '总是说一套',
    certainty: 'certain',
    witness: 'digest',
    at: at(CORRECTIONS, 80),
    ...over,
  });
  const flag = (over: Partial<FlagInput> = {}): FlagInput => ({
    paragraph: 'china-us-a5',
    flag: 'Source reads 总是是一套; read as 总是说一套, as in the digest.',
    reads: '总是是一套',
    readAs: '总是说一套',
    at: at('content/translations/china-us.yaml', 12),
    ...over,
  });
  const texts: ChineseParagraph[] = [
    { id: 'china-us-a5', zh: '美国如果总是是一套、做一套，大国的信誉何在？', role: 'full' },
    { id: 'china-us-d3', zh: '美国如果总是说一套、做一套，大国的信誉何在？', role: 'digest' },
  ];

  it('passes when the flag names the correction’s readings and says so', () => {
    expect(checkCorrectionsAgainstFlags([fix()], [flag()], texts)).toEqual([]);
  });

  it('reports a correction without a flag, at the paragraph’s translation entry', () => {
    const problems = checkCorrectionsAgainstFlags([fix()], [flag({ flag: null, reads: undefined, readAs: undefined })]);
    expect(problems).toEqual([{ file: 'content/translations/china-us.yaml', line: 12, message: expect.stringMatching(/has the correction “says-one-thing” \(content\/data\/corrections\.yaml:80\) but no translator's flag/) }]);
  });

  it('reports a correction whose paragraph has no translation entry at all, at the correction', () => {
    expect(checkCorrectionsAgainstFlags([fix()], [])).toEqual([{ file: CORRECTIONS, line: 80, message: expect.stringMatching(/has no translation entry/) }]);
  });

  it('reports a flag without structured readings (display text only)', () => {
    const problems = checkCorrectionsAgainstFlags([fix()], [flag({ reads: undefined, readAs: undefined })]);
    expect(messages(problems)).toEqual([expect.stringMatching(/the flag does not name the correction “says-one-thing”.*reads: 总是是一套, readAs: 总是说一套/)]);
  });

  it('reports a flag naming another reading than the correction (两个 vs 一条两个)', () => {
    const correction = fix({ id: 'a-way', paragraph: 'china-us-a6', source: '找出一两个', corrected: '找出一条两个', certainty: 'probable', witness: undefined });
    const other = flag({ paragraph: 'china-us-a6', flag: 'Source reads 找出一两个; translated as 找出两个.', reads: '找出一两个', readAs: '找出两个' });
    const problems = checkCorrectionsAgainstFlags([correction], [other]);
    expect(messages(problems)).toEqual([
      expect.stringMatching(/the flag reads 找出一两个 as 找出两个, but the correction “a-way” .* reads it as 找出一条两个/),
      expect.stringMatching(/the flag reads 找出一两个 as 找出两个, but no correction of china-us-a6 says so/),
    ]);
  });

  it('reports a flag that names a reading no correction has (a conjecture must be a note without reads/readAs)', () => {
    const note = flag({ paragraph: 'neighbourhood-diplomacy-a2', flag: 'Source reads 核心重大关切; read as 核心利益和重大关切.', reads: '核心重大关切', readAs: '核心利益和重大关切' });
    expect(messages(checkCorrectionsAgainstFlags([], [note]))).toEqual([expect.stringMatching(/no correction of neighbourhood-diplomacy-a2 says so/)]);
    const noteOnly = flag({ paragraph: 'neighbourhood-diplomacy-a2', flag: 'Source reads 核心重大关切, translated as printed.', reads: undefined, readAs: undefined });
    expect(checkCorrectionsAgainstFlags([], [noteOnly])).toEqual([]);
  });

  it('reports a display flag that does not say what its structured readings say', () => {
    const silent = flag({ flag: 'A character is doubled here.' });
    expect(messages(checkCorrectionsAgainstFlags([fix()], [silent]))).toEqual([
      expect.stringMatching(/does not mention 总是是一套/),
      expect.stringMatching(/does not mention 总是说一套/),
    ]);
  });

  it('pairs several readings in order and reports unequal lists', () => {
    const two = [fix(), fix({ id: 'second', source: '做一套', corrected: '做二套', certainty: 'probable', witness: undefined })];
    const both = flag({ flag: '总是是一套 → 总是说一套; 做一套 → 做二套', reads: ['总是是一套', '做一套'], readAs: ['总是说一套', '做二套'] });
    expect(checkCorrectionsAgainstFlags(two, [both])).toEqual([]);
    const swapped = flag({ flag: both.flag ?? '', reads: ['总是是一套', '做一套'], readAs: ['做二套', '总是说一套'] });
    expect(checkCorrectionsAgainstFlags(two, [swapped]).length).toBeGreaterThan(0);
    const short = flag({ flag: both.flag ?? '', reads: ['总是是一套', '做一套'], readAs: ['总是说一套'] });
    expect(messages(checkCorrectionsAgainstFlags(two, [short]))).toContainEqual(expect.stringMatching(/reads names 2 reading\(s\) but readAs 1/));
  });

  it('reports “certain” without a witness, at the correction', () => {
    const problems = checkCorrectionsAgainstFlags([fix({ witness: undefined })], [flag()]);
    expect(problems).toEqual([{ file: CORRECTIONS, line: 80, message: expect.stringMatching(/marked certain but names no witness/) }]);
    expect(checkCorrectionsAgainstFlags([fix({ witness: '  ' })], [flag()])).toHaveLength(1);
    expect(checkCorrectionsAgainstFlags([fix({ witness: undefined, certainty: 'probable' })], [flag()])).toEqual([]);
  });

  it('reports a certainty off the scale', () => {
    expect(messages(checkCorrectionsAgainstFlags([fix({ certainty: 'likely' })], [flag()]))).toEqual([expect.stringMatching(/certainty “likely” is not one of certain, probable, uncertain/)]);
  });

  it('reports a digest witness the digest does not bear out, and a printed span not in the paragraph', () => {
    const unborne = fix({ corrected: '总是讲一套' });
    const problems = checkCorrectionsAgainstFlags([unborne], [flag({ flag: '总是是一套 → 总是讲一套', readAs: '总是讲一套' })], texts);
    expect(messages(problems)).toEqual([expect.stringMatching(/names the digest as witness, but no digest paragraph reads “总是讲一套”/)]);
    const elsewhere = fix({ source: '一听到', corrected: '一听见', certainty: 'probable', witness: undefined });
    const misplaced = checkCorrectionsAgainstFlags([elsewhere], [flag({ flag: '一听到 → 一听见', reads: '一听到', readAs: '一听见' })], texts);
    expect(messages(misplaced)).toEqual([expect.stringMatching(/the flag reads “一听到”, which is not in the paragraph's Chinese/)]);
  });
});

describe('checkStandingTerms', () => {
  const term = (over: Partial<StandingTermInput> = {}): StandingTermInput => ({
    zh: ['南海诸岛'],
    en: ['South China Sea Islands', 'Nanhai Zhudao'],
    source: 'MFA English',
    at: at(TERMS, 200),
    ...over,
  });
  const scs = (en: string, id = 'south-china-sea-a1') => ({ id, zh: '南海诸岛早已是中国政府依法管辖的领土。', en, at: at('content/translations/south-china-sea.yaml', 6) });

  it('passes a paragraph that uses an accepted rendering (case-insensitive)', () => {
    expect(checkStandingTerms([term()], [scs('The south china sea islands have long been Chinese territory.')])).toEqual([]);
    expect(checkStandingTerms([term()], [scs('The Nanhai Zhudao have long been Chinese territory.')])).toEqual([]);
  });

  it('reports a standing term rendered otherwise, at the paragraph’s translation', () => {
    const problems = checkStandingTerms([term()], [scs('The islands of the South China Sea have long been Chinese territory.')]);
    expect(problems).toEqual([
      { file: 'content/translations/south-china-sea.yaml', line: 6, message: expect.stringMatching(/south-china-sea-a1 has the standing term 南海诸岛 but its English has none of “South China Sea Islands” or “Nanhai Zhudao” \(standing term at content\/data\/standing-terms\.yaml:200\)/) },
    ]);
  });

  it('lets an exception with a reason silence it', () => {
    const excepted = term({ exceptions: [{ paragraph: 'south-china-sea-a1', reason: 'The question paraphrases.' }] });
    expect(checkStandingTerms([excepted], [scs('The islands of the South China Sea.')])).toEqual([]);
    // …but only for that paragraph
    expect(checkStandingTerms([excepted], [scs('The islands of the South China Sea.'), scs('The islands of the South China Sea.', 'south-china-sea-d1')])).toHaveLength(1);
  });

  it('reports an exception without a reason, for an unknown paragraph, or one that is not needed', () => {
    expect(messages(checkStandingTerms([term({ exceptions: [{ paragraph: 'south-china-sea-a1', reason: '' }] })], [scs('The islands of the sea.')]))).toEqual([expect.stringMatching(/needs a reason/)]);
    expect(messages(checkStandingTerms([term({ exceptions: [{ paragraph: 'nowhere-a1', reason: 'r' }] })], [scs('The South China Sea Islands.')]))).toEqual([expect.stringMatching(/nowhere-a1, which is not a paragraph/)]);
    expect(messages(checkStandingTerms([term({ exceptions: [{ paragraph: 'south-china-sea-a1', reason: 'r' }] })], [scs('The South China Sea Islands.')]))).toEqual([expect.stringMatching(/not needed, its English uses an accepted rendering/)]);
    const other = { id: 'taiwan-a1', zh: '台湾是中国的一部分。', en: 'Taiwan is part of China.', at: at('content/translations/taiwan.yaml', 4) };
    expect(messages(checkStandingTerms([term({ exceptions: [{ paragraph: 'taiwan-a1', reason: 'r' }] })], [scs('The South China Sea Islands.'), other]))).toEqual([
      expect.stringMatching(/not needed, its Chinese does not have the term/),
    ]);
  });

  it('reports a Chinese form that occurs in no paragraph (it would check nothing)', () => {
    const typo = term({ zh: ['南海诸岛', '南海诸导'] });
    expect(checkStandingTerms([typo], [scs('The South China Sea Islands.')])).toEqual([{ file: TERMS, line: 200, message: expect.stringMatching(/the form 南海诸导 occurs in no paragraph/) }]);
  });

  it('triggers on any of the Chinese forms', () => {
    const oneChina = term({ zh: ['一个中国原则', '一中原则'], en: ['one-China principle'] });
    const short = { id: 'taiwan-a1', zh: '国际社会遵守一中原则。', en: 'The international community abides by the one China principle.', at: at('content/translations/taiwan.yaml', 4) };
    const long = { id: 'taiwan-a2', zh: '坚持一个中国原则。', en: 'Uphold the one-China principle.', at: at('content/translations/taiwan.yaml', 6) };
    expect(messages(checkStandingTerms([oneChina], [short, long]))).toEqual([expect.stringMatching(/^taiwan-a1 has the standing term 一中原则/)]);
  });

  it('reports an entry without renderings or source', () => {
    expect(messages(checkStandingTerms([term({ en: [], source: ' ' })], []))).toEqual([expect.stringMatching(/needs its accepted English renderings/), expect.stringMatching(/needs the source/)]);
  });
});

describe('the schemas behind the checks', () => {
  const correction = { id: 'x', paragraph: 'p', source: '甲', corrected: '乙', kind: 'typo', evidence: 'e', note: 'n' };

  it('require a witness for a certain correction', () => {
    expect(correctionSchema.safeParse({ ...correction, certainty: 'certain' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...correction, certainty: 'certain', witness: 'digest' }).success).toBe(true);
    expect(correctionSchema.safeParse({ ...correction, certainty: 'probable' }).success).toBe(true);
    expect(correctionSchema.safeParse({ ...correction, certainty: 'likely', witness: 'digest' }).success).toBe(false);
  });

  it('pair reads with readAs and want a flag beside them', () => {
    expect(translationEntrySchema.safeParse({ en: 'e', flag: 'f 甲 乙', reads: '甲', readAs: '乙' }).success).toBe(true);
    expect(translationEntrySchema.safeParse({ en: 'e', flag: 'f', reads: ['甲', '丙'], readAs: ['乙', '丁'] }).success).toBe(true);
    expect(translationEntrySchema.safeParse({ en: 'e', flag: 'f', reads: ['甲', '丙'], readAs: '乙' }).success).toBe(false);
    expect(translationEntrySchema.safeParse({ en: 'e', reads: '甲', readAs: '乙' }).success).toBe(false);
    expect(translationEntrySchema.safeParse({ en: 'e', flag: 'f', allowChinese: '甲' }).success).toBe(true);
  });

  it('accept glossary variants and standing terms with exceptions', () => {
    const g = { id: 'x', zh: '甲', pinyin: 'jiǎ', en: 'x', note: 'n', category: 'concept' };
    expect(glossaryEntrySchema.safeParse({ ...g, variants: ['y'] }).success).toBe(true);
    expect(glossaryEntrySchema.safeParse({ ...g, variants: [] }).success).toBe(false);
    expect(standingTermSchema.safeParse({ zh: ['甲'], en: ['x'], source: 's', exceptions: [{ paragraph: 'p', reason: 'r' }] }).success).toBe(true);
    expect(standingTermSchema.safeParse({ zh: ['甲'], en: ['x'] }).success).toBe(false);
    expect(standingTermSchema.safeParse({ zh: ['甲'], en: ['x'], source: 's', exceptions: [{ paragraph: 'p' }] }).success).toBe(false);
  });
});
