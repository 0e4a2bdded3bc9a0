import type { Furniture, NormalisedSource, TextLine } from './types.ts';

/** `(下转第四版)`: the article continues on another page that the source does not include. */
const CONTINUATION = /^[（(]\s*下转第.{1,3}版\s*[）)]$/;
/** `新华社北京3月7日电 `: the news agency's dateline opening the first paragraph. */
const DATELINE = /^(新华社[^\s，。]{0,12}?电)\s*/;
/** `据新华社电`: the agency attribution a newspaper appends to a story's last paragraph. */
const SOURCE_TAG = /(据新华社电)$/;
/** `新华社记者 刘续/摄`: the credit line under a photograph. */
const PHOTO_CREDIT = /^\S*记者\s*\S+\/摄$/;

/** Result of separating a source's furniture from its running text. */
export interface FurnitureSplit {
  title: Furniture;
  dateline: Furniture | null;
  continuation: Furniture | null;
  furniture: Furniture[];
  /** Lines of running text, in source order, furniture removed. */
  text: TextLine[];
}

/**
 * Separate the newspaper furniture (title, dateline, photo caption and credit,
 * source tag, continuation marker) from the running text. Nothing is dropped:
 * every furniture item is returned with its line, every other character stays
 * in `text`.
 */
export function splitFurniture(source: NormalisedSource): FurnitureSplit {
  const { file, role, lines } = source;
  const make = (kind: Furniture['kind'], line: number, text: string): Furniture => ({ kind, source: role, file, line, text });

  const furniture: Furniture[] = [];
  const text: TextLine[] = [];
  let title: Furniture | null = null;
  let dateline: Furniture | null = null;
  let continuation: Furniture | null = null;

  for (let i = 0; i < lines.length; i++) {
    let content = lines[i]!;
    const line = i + 1;
    if (content === '') continue;

    if (title === null) {
      title = make('title', line, content);
      furniture.push(title);
      continue;
    }
    if (CONTINUATION.test(content)) {
      continuation = make('continuation-marker', line, content);
      furniture.push(continuation);
      continue;
    }
    if (PHOTO_CREDIT.test(content)) {
      furniture.push(make('photo-credit', line, content));
      // The caption is the line printed directly above the credit.
      const previous = text[text.length - 1];
      if (previous && previous.line === line - 1) {
        text.pop();
        furniture.splice(furniture.length - 1, 0, make('photo-caption', previous.line, previous.text));
      }
      continue;
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
    if (content !== '') text.push({ line, text: content });
  }

  if (title === null) {
    // normaliseSource guarantees at least one non-empty line.
    throw new Error(`${file}: no title line`);
  }
  return { title, dateline, continuation, furniture, text };
}
