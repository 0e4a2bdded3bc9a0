import { describe, expect, it } from 'vitest';
import { endsParagraph, rebuildParagraphs } from '../../src/lib/parse/paragraphs.ts';
import { realDigest, realFull } from '../helpers/authored.ts';

describe('rebuilding paragraphs split by page breaks', () => {
  it('rejoins every page-broken paragraph of the full transcript and records the lines joined', () => {
    const full = realFull();
    const joined = [...full.opening, ...full.units.flatMap((u) => [...u.question, ...u.answer])].filter((p) => p.provenance.rejoined);
    expect(joined.map((p) => p.provenance.lines)).toEqual([[31, 33], [57, 59], [63, 65], [85, 87], [119, 121], [155, 157]]);
    const texts = joined.map((p) => p.text);
    expect(texts.some((t) => t.includes('是双方基于两国人民'))).toBe(true);
    expect(texts.some((t) => t.includes('改善取得一些进展'))).toBe(true);
    expect(texts.some((t) => t.includes('广泛关注和支持。您能否'))).toBe(true);
  });

  it('rejoins the digest’s broken sentence 去年是中欧建立全面战略伙伴关系 / 20周年', () => {
    const eu = realDigest().sections.find((s) => s.heading === '谈中欧关系')!;
    expect(eu.paragraphs[0]!.text).toBe('去年是中欧建立全面战略伙伴关系20周年，双方各层级交流对话全面重启。');
    expect(eu.paragraphs[0]!.provenance).toMatchObject({ lines: [54, 56], rejoined: true });
  });

  it('treats sentence-final punctuation, a closing quote after it, and a lead-in colon as paragraph ends', () => {
    expect(endsParagraph('中方的主张是。')).toBe(true);
    expect(endsParagraph('他说：“这只是个时间问题。”')).toBe(true);
    expect(endsParagraph('“四个坚持”至关重要：')).toBe(true);
    expect(endsParagraph('维护好、发展好中俄关系，是双方')).toBe(false);
    expect(endsParagraph('受到国际社会广泛关注和支')).toBe(false);
  });

  it('never joins a heading or a new speaker’s turn to an unfinished line', () => {
    const lines = [
      { line: 1, text: '未完的句子' },
      { line: 3, text: '谈标题' },
      { line: 5, text: '又一个未完' },
      { line: 7, text: '王毅：新的发言。' },
    ];
    const paragraphs = rebuildParagraphs(lines, 'x.txt', 'full', {
      isHeading: (t) => t.startsWith('谈'),
      startsTurn: (t) => t.startsWith('王毅：'),
    });
    expect(paragraphs.map((p) => p.text)).toEqual(['未完的句子', '谈标题', '又一个未完', '王毅：新的发言。']);
    expect(paragraphs.every((p) => !p.provenance.rejoined)).toBe(true);
  });

  it('rebuilds a paragraph split across two files, recording the file of each piece', () => {
    const lines = [
      { line: 9, text: '一段被分', file: 'p1.txt' },
      { line: 3, text: '页的文字。', file: 'p4.txt' },
      { line: 5, text: '下一段。', file: 'p4.txt' },
    ];
    const [split, next] = rebuildParagraphs(lines, 'p1.txt', 'full');
    expect(split).toEqual({ text: '一段被分页的文字。', provenance: { source: 'full', file: 'p1.txt', lines: [9, 3], rejoined: true, files: ['p1.txt', 'p4.txt'] } });
    expect(next!.provenance).toEqual({ source: 'full', file: 'p4.txt', lines: [5], rejoined: false });
  });
});
