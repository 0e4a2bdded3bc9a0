import { SourceError } from '../load/errors.ts';
import { splitFurniture } from './furniture.ts';
import { rebuildParagraphs } from './paragraphs.ts';
import type { FullTranscript, NormalisedSource, Paragraph, QaUnit } from './types.ts';

/** `彭博社记者：…`: a reporter's question; group 1 is the outlet as printed. */
const QUESTION = /^([^：:\s]{1,40}?)记者[：:]/;

/**
 * Parse the full transcript: title, dateline and lede, the minister's opening
 * remarks, then each reporter's question and the minister's answer (every
 * paragraph up to the next question), until the continuation marker.
 *
 * @param speaker the minister's name as printed in the speaker label (`王毅`).
 * @throws SourceError naming file and line for any structure it does not recognise.
 */
export function parseFullTranscript(source: NormalisedSource, speaker: string): FullTranscript {
  const { file } = source;
  const answerLabel = new RegExp(`^${escapeRegExp(speaker)}[：:]`);
  const split = splitFurniture(source);
  if (split.dateline === null) {
    throw new SourceError(file, split.title.line + 1, 'expected a dateline such as “新华社北京3月7日电” after the title');
  }
  const startsTurn = (text: string) => QUESTION.test(text) || answerLabel.test(text);
  const paragraphs = rebuildParagraphs(split.text, file, 'full', { startsTurn });

  const [lede, ...rest] = paragraphs;
  if (!lede || lede.provenance.lines[0] !== split.dateline.line) {
    throw new SourceError(file, split.dateline.line, 'the dateline must open the first paragraph (the lede)');
  }

  let openingLabel = '';
  const opening: Paragraph[] = [];
  const units: QaUnit[] = [];
  let current: QaUnit | null = null;
  let phase: 'start' | 'opening' | 'question' | 'answer' = 'start';

  for (const paragraph of rest) {
    const line = paragraph.provenance.lines[0]!;
    const question = QUESTION.exec(paragraph.text);
    const answer = answerLabel.exec(paragraph.text);

    if (question) {
      if (phase === 'question' && current) {
        throw new SourceError(file, current.question[0]!.provenance.lines[0]!, `the question from ${current.outlet} has no answer (“${speaker}：” expected before line ${line})`);
      }
      current = {
        number: units.length + 1,
        outlet: question[1]!,
        questionLabel: question[0],
        question: [stripLabel(paragraph, question[0])],
        answerLabel: '',
        answer: [],
      };
      units.push(current);
      phase = 'question';
    } else if (answer) {
      if (phase === 'start') {
        openingLabel = answer[0];
        opening.push(stripLabel(paragraph, answer[0]));
        phase = 'opening';
      } else if (phase === 'question' && current) {
        current.answerLabel = answer[0];
        current.answer.push(stripLabel(paragraph, answer[0]));
        phase = 'answer';
      } else {
        throw new SourceError(file, line, `“${answer[0]}” starts a second answer with no question before it`);
      }
    } else if (phase === 'opening') {
      opening.push(paragraph);
    } else if (phase === 'answer' && current) {
      current.answer.push(paragraph);
    } else if (phase === 'question' && current) {
      current.question.push(paragraph);
    } else {
      throw new SourceError(file, line, `unrecognised structure: expected “${speaker}：” or “<outlet>记者：” at the start of this paragraph`);
    }
  }

  if (current && phase === 'question') {
    throw new SourceError(file, current.question[0]!.provenance.lines[0]!, `the question from ${current.outlet} has no answer`);
  }
  if (units.length === 0) {
    throw new SourceError(file, lede.provenance.lines[0]!, 'unrecognised structure: no reporter’s question (“<outlet>记者：”) found');
  }

  return {
    file,
    title: split.title,
    dateline: split.dateline,
    lede,
    openingLabel,
    opening,
    units,
    continuation: split.continuation,
    furniture: split.furniture,
  };
}

function stripLabel(paragraph: Paragraph, label: string): Paragraph {
  return { ...paragraph, text: paragraph.text.slice(label.length) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
