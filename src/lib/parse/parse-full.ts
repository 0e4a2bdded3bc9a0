import { SourceError } from '../load/errors.ts';
import { splitFurniture, type FurnitureSplit } from './furniture.ts';
import { rebuildParagraphs } from './paragraphs.ts';
import type { FullTranscript, NormalisedSource, Paragraph, QaUnit, SpeakerLabel, TextLine } from './types.ts';

/** `彭博社记者：…`, `彭博社记者问：…`: a reporter's question; group 1 is the outlet as printed. */
const QUESTION = /^([^：:\s]{1,40}?)记者问?[：:]/;
/** `问：…`: a question that does not name the reporter's outlet. */
const BARE_QUESTION = /^问[：:]/;
/** `主持人：`, `发言人：`: a speaker the transcript does not know. */
const OTHER_SPEAKER = /^[^，。！？；：:、\s“”《》]{0,12}(?:主持人|发言人)[：:]/;
/** Characters that end a sentence (and so may end a speaker's turn). */
const SENTENCE_END = new Set(['。', '！', '？', '…', '!', '?']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'"]);
const HAS_TEXT = /[\p{L}\p{N}]/u;

type Kind = 'question' | 'answer';
interface Turn {
  kind: Kind;
  label: string;
  outlet: string;
  line: number;
  file: string;
}

/**
 * Parse the full transcript: title, dateline and lede, the minister's opening
 * remarks, then each reporter's question and the minister's answer (every
 * paragraph up to the next question), until the continuation marker.
 *
 * The transcript may come in several parts (a front page and its continuation
 * page), given in order: each part but the last must end with its `(下转第X版)`
 * marker, later parts may open with `(上接第X版)`; their text is joined, a
 * paragraph split across the page break rebuilt.
 *
 * Layouts read the same: speaker labels inline or alone on their line, on the
 * first paragraph of a turn or on every paragraph, a title before the
 * minister's name (`国务委员兼外交部长王毅：`), `<outlet>记者问：` and `答：`.
 *
 * @param speaker the minister's name as printed in the speaker label (`王毅`).
 * @throws SourceError naming file and line for any structure it does not recognise.
 */
export function parseFullTranscript(parts: NormalisedSource | readonly NormalisedSource[], speaker: string): FullTranscript {
  const sources = Array.isArray(parts) ? (parts as readonly NormalisedSource[]) : [parts as NormalisedSource];
  if (sources.length === 0) throw new Error('parseFullTranscript: no full-transcript part');
  const first = sources[0]!;
  const { file } = first;
  const splits: FurnitureSplit[] = sources.map((part, i) => splitFurniture(part, { title: i === 0 }));
  checkParts(sources, splits);

  const head = splits[0]!;
  const last = splits[splits.length - 1]!;
  if (head.dateline === null) {
    throw new SourceError(file, head.title!.line + 1, 'expected a dateline such as “新华社北京3月7日电” after the title');
  }
  const answerLabel = new RegExp(`^((?:[^：:，。！？；、\\s“”《》]{0,24}?)${escapeRegExp(speaker)}|答)[：:]`);
  const startsTurn = (text: string) => QUESTION.test(text) || answerLabel.test(text) || BARE_QUESTION.test(text);
  const lines: TextLine[] = splits.flatMap((s) => s.text);
  const paragraphs = rebuildParagraphs(lines, file, 'full', { startsTurn });

  const [lede, ...rest] = paragraphs;
  if (!lede || lede.provenance.lines[0] !== head.dateline.line || lede.provenance.file !== file) {
    throw new SourceError(file, head.dateline.line, 'the dateline must open the first paragraph (the lede)');
  }
  requireText(lede);

  let openingLabel = '';
  const opening: Paragraph[] = [];
  const units: QaUnit[] = [];
  const labels: SpeakerLabel[] = [];
  let current: QaUnit | null = null;
  let phase: 'start' | 'opening' | 'question' | 'answer' = 'start';
  let pending: Turn | null = null;
  let previous: Paragraph = lede;
  let ownLine = 0;
  let inline = 0;
  const repeatedAt: { file: string; line: number; label: string }[] = [];
  let unlabelledFollowOn = 0;

  const where = (p: Paragraph) => ({ file: p.provenance.file, line: p.provenance.lines[0]! });
  const lastLineOf = (p: Paragraph) => ({ file: p.provenance.files?.at(-1) ?? p.provenance.file, line: p.provenance.lines.at(-1)! });

  for (const paragraph of rest) {
    const at = where(paragraph);
    if (BARE_QUESTION.test(paragraph.text)) {
      throw new SourceError(at.file, at.line, 'a question labelled “问：” without the reporter’s outlet: this layout cannot name who asked (expected “<outlet>记者：” or “<outlet>记者问：”)');
    }
    const other = OTHER_SPEAKER.exec(paragraph.text);
    if (other) throw new SourceError(at.file, at.line, `an unknown speaker “${other[0]}”: expected “${speaker}：” or “<outlet>记者：”`);

    const question = QUESTION.exec(paragraph.text);
    const answer = question ? null : answerLabel.exec(paragraph.text);
    let turn: Turn | null = null;
    let body = paragraph;
    if (question || answer) {
      const label = (question ?? answer)![0];
      if (pending) throw aloneError(pending, `the next paragraph (line ${at.line}) is another speaker label`);
      turn = { kind: question ? 'question' : 'answer', label, outlet: question ? question[1]! : '', ...at };
      labels.push({ ...at, text: label, repeated: false });
      body = { ...paragraph, text: paragraph.text.slice(label.length) };
      if (body.text === '') {
        ownLine++;
        pending = turn;
        continue;
      }
      inline++;
    } else if (pending) {
      turn = pending;
      pending = null;
    }
    requireText(body);

    if (turn) {
      const repeat =
        (turn.kind === 'answer' && (phase === 'opening' || phase === 'answer')) ||
        (turn.kind === 'question' && phase === 'question' && current !== null && turn.outlet === current.outlet);
      if (repeat) {
        labels.at(-1)!.repeated = true;
        repeatedAt.push({ file: turn.file, line: turn.line, label: turn.label });
        (phase === 'opening' ? opening : phase === 'answer' ? current!.answer : current!.question).push(body);
        previous = body;
        continue;
      }
      endTurn(previous, lastLineOf(previous), false);
    }

    if (turn?.kind === 'question') {
      if (phase === 'start') {
        throw new SourceError(turn.file, turn.line, `no opening remarks: expected the minister’s opening remarks (“${speaker}：…”) after the lede (line ${lede.provenance.lines[0]}), before the first question`);
      }
      if (phase === 'question' && current) {
        throw new SourceError(where(current.question[0]!).file, where(current.question[0]!).line, `the question from ${current.outlet} has no answer (“${speaker}：” expected before line ${turn.line})`);
      }
      current = { number: units.length + 1, outlet: turn.outlet, questionLabel: turn.label, question: [body], answerLabel: '', answer: [] };
      units.push(current);
      phase = 'question';
    } else if (turn?.kind === 'answer') {
      if (phase === 'start') {
        if (turn.label === '答：') throw new SourceError(turn.file, turn.line, `the opening remarks are labelled “答：”, which names no speaker: expected “${speaker}：”`);
        openingLabel = turn.label;
        opening.push(body);
        phase = 'opening';
      } else if (phase === 'question' && current) {
        current.answerLabel = turn.label;
        current.answer.push(body);
        phase = 'answer';
      } else {
        throw new SourceError(turn.file, turn.line, `“${turn.label}” starts a second answer with no question before it`);
      }
    } else if (phase === 'opening') {
      opening.push(body);
      unlabelledFollowOn++;
    } else if (phase === 'answer' && current) {
      current.answer.push(body);
      unlabelledFollowOn++;
    } else if (phase === 'question' && current) {
      current.question.push(body);
    } else {
      throw new SourceError(at.file, at.line, `unrecognised structure: expected “${speaker}：” or “<outlet>记者：” at the start of this paragraph`);
    }
    previous = body;
  }

  if (pending) throw aloneError(pending, 'nothing follows it');
  if (repeatedAt.length > 0 && unlabelledFollowOn > 0) {
    // Labels on the first paragraph of each turn only: a second label means a missing question.
    const [r] = repeatedAt;
    throw new SourceError(r!.file, r!.line, `“${r!.label}” starts a second answer with no question before it`);
  }
  if (current && phase === 'question') {
    throw new SourceError(where(current.question[0]!).file, where(current.question[0]!).line, `the question from ${current.outlet} has no answer`);
  }
  if (units.length === 0) {
    throw new SourceError(file, lede.provenance.lines[0]!, 'unrecognised structure: no reporter’s question (“<outlet>记者：”) found');
  }
  endTurn(previous, lastLineOf(previous), true);

  return {
    file,
    files: sources.map((s) => s.file),
    title: head.title!,
    dateline: head.dateline,
    lede,
    openingLabel,
    opening,
    units,
    continuation: last.continuation,
    endMark: last.endMark,
    furniture: splits.flatMap((s) => s.furniture),
    labels,
    labelLayout: { placement: ownLine && inline ? 'mixed' : ownLine ? 'own-line' : 'inline', repeated: repeatedAt.length > 0 },
  };

  /** A speaker's turn must end at the end of a sentence: anything else means text is missing. */
  function endTurn(paragraph: Paragraph, at: { file: string; line: number }, atEnd: boolean): void {
    if (endsSentence(paragraph.text)) return;
    const tail = paragraph.text.slice(-12);
    if (!atEnd) {
      throw new SourceError(at.file, at.line, `the paragraph breaks off mid-sentence (“…${tail}”) and the next paragraph starts a new speaker’s turn: text is missing here`);
    }
    if (last.continuation) {
      throw new SourceError(at.file, at.line, `the transcript breaks off mid-sentence (“…${tail}”) at the continuation marker “${last.continuation.text}” (line ${last.continuation.line}): supply the continuation page as a further full-transcript part`);
    }
    throw new SourceError(at.file, at.line, `the transcript is truncated: it ends mid-sentence (“…${tail}”) without a continuation marker (“(下转第X版)”)`);
  }

  function aloneError(turn: Turn, why: string): SourceError {
    return new SourceError(turn.file, turn.line, `the speaker label “${turn.label}” stands alone with no text after it (${why}): an empty paragraph`);
  }
}

/** Check that the parts join: each but the last ends at a continuation marker, none after the first is a whole transcript. */
function checkParts(sources: readonly NormalisedSource[], splits: FurnitureSplit[]): void {
  for (let i = 0; i < splits.length; i++) {
    const split = splits[i]!;
    const { file, lines } = sources[i]!;
    if (i < splits.length - 1) {
      if (!split.continuation) {
        throw new SourceError(file, lastLine(lines), `another full-transcript part follows (${sources[i + 1]!.file}), but this part does not end with a continuation marker “(下转第X版)”`);
      }
      if (split.endMark) throw new SourceError(file, split.endMark.line, `“${split.endMark.text}” closes the text, but another full-transcript part follows (${sources[i + 1]!.file})`);
    }
    if (i > 0 && split.dateline) {
      throw new SourceError(file, split.dateline.line, `part ${i + 1} of the full transcript opens with a dateline (“${split.dateline.text}”): a continuation part holds only the text that runs on (after an optional “(上接第X版)”), not a whole transcript`);
    }
    if (i > 0 && split.text.length === 0) throw new SourceError(file, 1, `part ${i + 1} of the full transcript holds no text`);
  }
}

function requireText(paragraph: Paragraph): void {
  if (!HAS_TEXT.test(paragraph.text)) {
    const shown = paragraph.text === '' ? '' : ` (only “${paragraph.text}”)`;
    throw new SourceError(paragraph.provenance.file, paragraph.provenance.lines[0]!, `an empty paragraph${shown}`);
  }
}

function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && SENTENCE_END.has(text[i]!);
}

function lastLine(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i] !== '') return i + 1;
  return 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
