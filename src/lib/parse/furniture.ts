import { SourceError } from '../load/errors.ts';
import type { Furniture, FurnitureRule, NormalisedSource, TextLine } from './types.ts';

/** `(下转第四版)`: the article continues on another page. */
const CONTINUED_ON = /^[（(]\s*下转第.{1,3}版\s*[）)]$/;
/** `(上接第一版)`: this page continues the article from another page. */
const CONTINUED_FROM = /^[（(]\s*上接第.{1,3}版\s*[）)]$/;
/** `(完)`: a news agency's end mark. */
const END_MARK = /^[（(]\s*完\s*[）)]$/;
/** `【责任编辑：张三】`, `责任编辑：张三`: a web copy's editor footer. */
const EDITOR = /^[【\[［]?\s*(?:责任编辑|编辑|责编)\s*[：:]\s*[^，。；！？\s]{1,20}\s*[】\]］]?$/;
/** `来源：新华网`: a web copy's source line. */
const SOURCE_LINE = /^[【\[［]?\s*来源\s*[：:]\s*[^，。；！？]{1,30}?\s*[】\]］]?$/;
/** `新华社北京3月7日电 `: the news agency's dateline opening the first paragraph. */
const DATELINE = /^(新华社[^\s，。]{0,12}?电)\s*/;
/** `据新华社电`: the agency attribution a newspaper appends to a story's last paragraph. */
const SOURCE_TAG = /(据新华社电)$/;
/** `新华社记者 刘续/摄`, `新华社记者刘续摄`, `（新华社记者 刘续 摄）`: the credit line under a photograph. */
const PHOTO_CREDIT = /^[（(]?\s*[^\s，。：:；！？（）()]{0,20}记者\s*[^\s，。：:；！？/（）()]{1,12}\s*\/?\s*摄\s*[）)]?$/;

/**
 * Lines that look like page furniture: wholly in brackets, an editor, source
 * or photo line, a page reference. A line like this that matches no rule
 * above is an error, never running text.
 */
const LOOKS_LIKE_FURNITURE = [
  /^[（(【\[［〔].*[）)】\]］〕]$/,
  /^[【\[［]?\s*(?:责任编辑|编辑|责编|来源|摄影|图片|供图|图)\s*[：:]/,
  /(?:记者|图|摄影).{0,12}摄$/,
  /第.{1,3}版\s*[）)]?$/,
  /^[（(]?\s*(?:上接|下转|转第|接第)/,
];

/** Result of separating a source's furniture from its running text. */
export interface FurnitureSplit {
  /** The first non-empty line (null when asked not to take one: a continuation page). */
  title: Furniture | null;
  dateline: Furniture | null;
  /** The last `(下转第X版)` marker, when nothing but furniture follows it. */
  continuation: Furniture | null;
  /** The `(上接第X版)` marker opening a continuation page. */
  continuedFrom: Furniture | null;
  /** Whether an end mark (`(完)`) or a web footer (`责任编辑`) closes the text. */
  endMark: Furniture | null;
  furniture: Furniture[];
  /** Lines of running text, in source order, furniture removed. */
  text: TextLine[];
}

export interface FurnitureOptions {
  /** Take the first non-empty line as the title (default true; false for a continuation page). */
  title?: boolean;
}

/**
 * Separate the newspaper and web furniture (title, dateline, photo caption and
 * credit, source tag, continuation markers, end mark, editor and source lines)
 * from the running text. Nothing is dropped: every furniture item is returned
 * with its line, every other character stays in `text`.
 *
 * @throws SourceError for a line that looks like furniture but matches no rule,
 * and for running text after a continuation marker.
 */
export function splitFurniture(source: NormalisedSource, options: FurnitureOptions = {}): FurnitureSplit {
  const { file, role, lines } = source;
  const make = (kind: Furniture['kind'], line: number, text: string, rule?: FurnitureRule): Furniture =>
    rule ? { kind, source: role, file, line, text, rule } : { kind, source: role, file, line, text };

  const furniture: Furniture[] = [];
  const text: TextLine[] = [];
  let title: Furniture | null = null;
  let wantTitle = options.title ?? true;
  let dateline: Furniture | null = null;
  let continuation: Furniture | null = null;
  let continuedFrom: Furniture | null = null;
  let endMark: Furniture | null = null;

  for (let i = 0; i < lines.length; i++) {
    let content = lines[i]!;
    const line = i + 1;
    if (content === '') continue;

    if (wantTitle) {
      wantTitle = false;
      title = make('title', line, content);
      furniture.push(title);
      continue;
    }
    if (CONTINUED_ON.test(content)) {
      continuation = make('continuation-marker', line, content);
      furniture.push(continuation);
      continue;
    }
    if (CONTINUED_FROM.test(content)) {
      if (text.length > 0 && continuation === null) {
        throw new SourceError(file, line, `“${content}” (continued from another page) in the middle of the text with no “(下转第X版)” before it: it can only open a continuation page or follow the marker of the page it continues`);
      }
      // A page jump inside one file: `(下转第四版)` … `(上接第一版)`; the text runs on.
      continuation = null;
      continuedFrom = make('continuation-marker', line, content, 'continued-from');
      furniture.push(continuedFrom);
      continue;
    }
    if (END_MARK.test(content)) {
      endMark = make('source-tag', line, content, 'end-mark');
      furniture.push(endMark);
      continue;
    }
    if (EDITOR.test(content)) {
      const editor = make('source-tag', line, content, 'editor');
      endMark ??= editor;
      furniture.push(editor);
      continue;
    }
    if (SOURCE_LINE.test(content)) {
      furniture.push(make('source-tag', line, content, 'source-line'));
      continue;
    }
    if (PHOTO_CREDIT.test(content)) {
      furniture.push(make('photo-credit', line, content, content.includes('/') ? undefined : 'credit-without-slash'));
      // The caption is the line printed directly above the credit.
      const previous = text[text.length - 1];
      if (previous && previous.line === line - 1) {
        text.pop();
        furniture.splice(furniture.length - 1, 0, make('photo-caption', previous.line, previous.text));
      }
      continue;
    }
    if (LOOKS_LIKE_FURNITURE.some((pattern) => pattern.test(content))) {
      throw new SourceError(file, line, `“${content}” looks like page furniture but matches no known form (continuation marker “(下转第X版)”/“(上接第X版)”, end mark “(完)”, “责任编辑：…”, “来源：…”, photo credit “…记者 姓名/摄”)`);
    }
    if (continuation) {
      throw new SourceError(file, line, `running text after the continuation marker “${continuation.text}” (line ${continuation.line}): the marker must end its page; supply the continuation page as a separate full-transcript part`);
    }
    if (endMark?.rule === 'editor') {
      // An editor's line above the text (some sites print it under the title) does not close the text.
      endMark = null;
    } else if (endMark) {
      throw new SourceError(file, line, `running text after the end mark “${endMark.text}” (line ${endMark.line})`);
    }
    const date = dateline === null ? DATELINE.exec(content) : null;
    if (date) {
      dateline = make('dateline', line, date[1]!);
      furniture.push(dateline);
      content = content.slice(date[0].length);
    }
    const tag = SOURCE_TAG.exec(content);
    if (tag) {
      furniture.push(make('source-tag', line, tag[1]!));
      content = content.slice(0, tag.index);
    }
    if (content !== '') text.push({ line, text: content, file });
  }

  if ((options.title ?? true) && title === null) {
    // normaliseSource guarantees at least one non-empty line.
    throw new Error(`${file}: no title line`);
  }
  return { title, dateline, continuation, continuedFrom, endMark, furniture, text };
}
