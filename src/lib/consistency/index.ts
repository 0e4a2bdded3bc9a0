/**
 * Editorial consistency checks: pure functions over plain data that report
 * where the apparatus disagrees with itself (glossary vs translation,
 * corrections vs translators' flags, standing terms vs translation,
 * quotations vs the text). Each returns `{ file, line, message }[]`, empty
 * when everything agrees; the content build fails on any problem.
 */
export type { Problem, SourceLocation } from './types.ts';
export { checkGlossaryRenderings, type GlossaryTermInput, type MarkedParagraph } from './glossary.ts';
export { checkQuotations, quotationsOf, type EnglishParagraph, type QuotingText } from './quotations.ts';
export { checkCorrectionsAgainstFlags, type ChineseParagraph, type CorrectionInput, type FlagInput } from './corrections.ts';
export { checkStandingTerms, type BilingualParagraph, type StandingTermInput } from './standing-terms.ts';
export { comparable, rendering } from './text.ts';
