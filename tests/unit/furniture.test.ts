import { describe, expect, it } from 'vitest';
import { splitFurniture } from '../../src/lib/parse/furniture.ts';
import { realDigest, realFull, source } from '../helpers/authored.ts';

describe('recognising newspaper furniture', () => {
  it('finds the title, dateline and continuation marker of the full transcript, none of it in the text', () => {
    const full = realFull();
    expect(full.furniture.map((f) => [f.kind, f.line, f.text])).toEqual([
      ['title', 5, '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问'],
      ['dateline', 7, '新华社北京3月7日电'],
      ['continuation-marker', 185, '(下转第四版)'],
    ]);
    expect(full.lede.text.startsWith('3月7日，十四届全国人大二次会议')).toBe(true);
    const lastAnswer = full.units.at(-1)!.answer.at(-1)!.text;
    expect(lastAnswer).not.toContain('下转');
  });

  it('finds the digest’s photo caption, credit and both agency tags, and keeps them out of the text', () => {
    const digest = realDigest();
    expect(digest.furniture.map((f) => [f.kind, f.line])).toEqual([
      ['title', 5],
      ['photo-caption', 37],
      ['photo-credit', 38],
      ['source-tag', 74],
      ['source-tag', 100],
    ]);
    const text = digest.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('');
    expect(text).not.toContain('据新华社电');
    expect(text).not.toContain('刘续/摄');
  });

  it('keeps a caption-like line as text when no credit follows it', () => {
    const split = splitFurniture(source('标题\n\n3月7日，某人在某地。\n\n正文。\n'));
    expect(split.furniture.map((f) => f.kind)).toEqual(['title']);
    expect(split.text.map((t) => t.text)).toEqual(['3月7日，某人在某地。', '正文。']);
  });

  it('recognises web and newspaper furniture: source line, editor footer, end mark, page jump, credit without a slash', () => {
    const text = '标题\n来源：新华网\n\n正文第一段。\n\n正文被\n\n(下转第四版)\n\n(上接第一版)\n\n分页的段落。\n\n3月7日，某人在某地。\n新华社记者 刘续摄\n\n最后一段。\n\n(完)\n\n【责任编辑：王五】\n';
    const split = splitFurniture(source(text));
    expect(split.furniture.map((f) => [f.kind, f.rule ?? null, f.text])).toEqual([
      ['title', null, '标题'],
      ['source-tag', 'source-line', '来源：新华网'],
      ['continuation-marker', null, '(下转第四版)'],
      ['continuation-marker', 'continued-from', '(上接第一版)'],
      ['photo-caption', null, '3月7日，某人在某地。'],
      ['photo-credit', 'credit-without-slash', '新华社记者 刘续摄'],
      ['source-tag', 'end-mark', '(完)'],
      ['source-tag', 'editor', '【责任编辑：王五】'],
    ]);
    expect(split.text.map((t) => t.text)).toEqual(['正文第一段。', '正文被', '分页的段落。', '最后一段。']);
    // The page jump inside one file joins up: the text does not break off.
    expect(split.continuation).toBeNull();
    expect(split.endMark).toMatchObject({ text: '(完)' });
  });

  it('refuses a line that looks like furniture but matches no rule', () => {
    for (const line of ['（图片来源：新华网）', '【编者按】', '图：会场一角', '（转第四版）', '摄影：张三']) {
      expect(() => splitFurniture(source(`标题\n\n正文。\n\n${line}\n\n正文。\n`, 'x.txt')), line).toThrow(/^x\.txt:5: .* looks like page furniture but matches no known form/);
    }
  });

  it('refuses (上接第X版) inside the text without a page jump, and text after (下转第X版)', () => {
    expect(() => splitFurniture(source('标题\n\n正文。\n\n(上接第三版)\n\n正文。\n', 'u.txt'))).toThrow(/^u\.txt:5: “\(上接第三版\)” \(continued from another page\) in the middle of the text/);
    expect(() => splitFurniture(source('标题\n\n正文。\n\n(下转第四版)\n\n正文。\n', 'd.txt'))).toThrow(/^d\.txt:7: running text after the continuation marker “\(下转第四版\)” \(line 5\)/);
    // A continuation page may open with its marker.
    expect(splitFurniture(source('(上接第一版)\n\n正文。\n'), { title: false })).toMatchObject({ title: null, continuedFrom: { line: 1 }, text: [{ line: 3, text: '正文。' }] });
  });

  it('takes an editor line above the text as furniture that does not close it, and a bracketed photo credit', () => {
    const split = splitFurniture(source('标题\n来源：新华网 | 责任编辑：张三\n\n正文。\n\n图片说明。\n（新华社记者 刘续 摄）\n\n正文。\n'));
    expect(split.furniture.map((f) => [f.kind, f.text])).toEqual([
      ['title', '标题'],
      ['source-tag', '来源：新华网 | 责任编辑：张三'],
      ['photo-caption', '图片说明。'],
      ['photo-credit', '（新华社记者 刘续 摄）'],
    ]);
    expect(splitFurniture(source('标题\n【责任编辑：张三】\n\n正文。\n')).endMark).toBeNull();
    expect(() => splitFurniture(source('标题\n\n正文。\n\n(完)\n\n正文。\n', 'e.txt'))).toThrow(/^e\.txt:7: running text after the end mark “\(完\)” \(line 5\)/);
  });
});
