import { describe, expect, it } from 'vitest';
import { parseFullTranscript } from '../../src/lib/parse/parse-full.ts';
import { realFull, source, SPEAKER } from '../helpers/authored.ts';

const HEAD = '标题\n\n新华社北京3月7日电 3月7日，记者会举行。\n\n王毅：大家好。\n\n';

describe('parsing the full transcript', () => {
  it('finds the opening remarks and 14 questions, each with its outlet and answer', () => {
    const full = realFull();
    expect(full.opening).toHaveLength(1);
    expect(full.opening[0]!.text.startsWith('各位记者朋友，大家上午好！')).toBe(true);
    expect(full.units.map((u) => u.outlet)).toEqual([
      '中央广播电视总台央视', '今日俄罗斯国际通讯社', '《人民日报》', '彭博社', '新华社', '埃及尼罗河电视台', '《北京青年报》',
      '埃菲社', '《联合早报》', '《环球时报》', 'CGTN', '中新社', '印尼安塔拉通讯社', '凤凰卫视',
    ]);
    expect(full.units.map((u) => u.number)).toEqual([...Array(14).keys()].map((i) => i + 1));
    for (const unit of full.units) {
      expect(unit.answerLabel).toBe('王毅：');
      expect(unit.answer.length).toBeGreaterThan(0);
      expect(unit.question[0]!.text).not.toMatch(/^.*记者：/);
      expect(unit.answer[0]!.text).not.toMatch(/^王毅：/);
    }
  });

  it('marks the transcript as breaking off at the continuation marker', () => {
    expect(realFull().continuation).toMatchObject({ line: 185, text: '(下转第四版)' });
  });

  it('reports a question with no answer, naming file and line', () => {
    const text = `${HEAD}甲报记者：第一个问题？\n\n乙台记者：第二个问题？\n\n王毅：回答。\n`;
    expect(() => parseFullTranscript(source(text, 'q.txt'), SPEAKER)).toThrow(/^q\.txt:7: the question from 甲报 has no answer/);
  });

  it('reports a final question with no answer', () => {
    const text = `${HEAD}甲报记者：问题？\n\n王毅：回答。\n\n乙台记者：最后的问题？\n`;
    expect(() => parseFullTranscript(source(text, 'q.txt'), SPEAKER)).toThrow(/^q\.txt:11: the question from 乙台 has no answer/);
  });

  it('reports text that belongs to no speaker as an unknown structure', () => {
    const text = '标题\n\n新华社北京3月7日电 导语。\n\n无人认领的段落。\n';
    expect(() => parseFullTranscript(source(text, 'u.txt'), SPEAKER)).toThrow(/^u\.txt:5: unrecognised structure/);
  });

  it('reports a file without any question', () => {
    const text = `${HEAD}只有开场白。\n`;
    expect(() => parseFullTranscript(source(text, 'n.txt'), SPEAKER)).toThrow(/^n\.txt:3: unrecognised structure: no reporter’s question/);
  });

  it('reports a missing dateline', () => {
    expect(() => parseFullTranscript(source('标题\n\n王毅：大家好。\n', 'd.txt'), SPEAKER)).toThrow(/^d\.txt:2: expected a dateline/);
  });

  const BODY = '甲报记者：第一个问题？\n\n王毅：第一段回答。\n\n第二段回答。\n\n乙台记者：第二个问题？\n\n王毅：回答。\n';
  const shape = (text: string) => {
    const full = parseFullTranscript(source(text, 'l.txt'), SPEAKER);
    return { opening: full.opening.map((p) => p.text), units: full.units.map((u) => [u.outlet, u.question.map((p) => p.text), u.answer.map((p) => p.text)]) };
  };
  const inline = shape(HEAD + BODY);

  it('reads speaker labels alone on their line as the inline labels', () => {
    const own = HEAD.replace('王毅：', '王毅：\n\n') + BODY.replace(/(记者：|王毅：)/g, '$1\n\n');
    expect(shape(own)).toEqual(inline);
    expect(parseFullTranscript(source(own), SPEAKER).labelLayout).toEqual({ placement: 'own-line', repeated: false });
  });

  it('reads a label repeated on every paragraph as one turn, but a second label after unlabelled paragraphs as a missing question', () => {
    const repeated = HEAD + BODY.replace('第二段回答', '王毅：第二段回答');
    expect(shape(repeated)).toEqual(inline);
    expect(parseFullTranscript(source(repeated), SPEAKER).labels.filter((l) => l.repeated).map((l) => l.line)).toEqual([11]);
    const mixed = `${HEAD}甲报记者：问题？\n\n王毅：一。\n\n二。\n\n王毅：三。\n`;
    expect(() => parseFullTranscript(source(mixed, 'm.txt'), SPEAKER)).toThrow(/^m\.txt:13: “王毅：” starts a second answer with no question before it/);
  });

  it('reads a title before the name, and 记者问：/答：, keeping the labels as printed', () => {
    const titled = parseFullTranscript(source((HEAD + BODY).replace(/王毅：/g, '国务委员兼外交部长王毅：')), SPEAKER);
    expect(titled.openingLabel).toBe('国务委员兼外交部长王毅：');
    expect(titled.units[0]).toMatchObject({ answerLabel: '国务委员兼外交部长王毅：', answer: [{ text: '第一段回答。' }, { text: '第二段回答。' }] });
    const asked = HEAD + BODY.replace(/记者：/g, '记者问：').replace(/\n王毅：/g, '\n答：');
    expect(shape(asked)).toEqual(inline);
    expect(parseFullTranscript(source(asked), SPEAKER).units.map((u) => [u.questionLabel, u.answerLabel])).toEqual([['甲报记者问：', '答：'], ['乙台记者问：', '答：']]);
  });

  it('reports a label with no text, an empty paragraph, a question without outlet and an unknown speaker at their lines', () => {
    const cases: [string, RegExp][] = [
      [`${HEAD}甲报记者：问题？\n\n王毅：\n\n乙台记者：问题？\n\n王毅：回答。\n`, /^e\.txt:9: the speaker label “王毅：” stands alone with no text after it \(the next paragraph \(line 11\) is another speaker label\)/],
      [`${HEAD}甲报记者：问题？\n\n王毅：回答。\n\n王毅：\n`, /^e\.txt:11: the speaker label “王毅：” stands alone with no text after it \(nothing follows it\)/],
      [`${HEAD}甲报记者：问题？\n\n王毅：回答。\n\n。\n`, /^e\.txt:11: an empty paragraph \(only “。”\)/],
      [`${HEAD}问：问题？\n\n王毅：回答。\n`, /^e\.txt:7: a question labelled “问：” without the reporter’s outlet/],
      [`${HEAD}主持人：下面请提问。\n\n甲报记者：问题？\n\n王毅：回答。\n`, /^e\.txt:7: an unknown speaker “主持人：”/],
    ];
    for (const [text, error] of cases) expect(() => parseFullTranscript(source(text, 'e.txt'), SPEAKER)).toThrow(error);
  });

  it('reports missing opening remarks at the first question', () => {
    const text = '标题\n\n新华社北京3月7日电 导语。\n\n甲报记者：问题？\n\n王毅：回答。\n';
    expect(() => parseFullTranscript(source(text, 'o.txt'), SPEAKER)).toThrow(/^o\.txt:5: no opening remarks: expected the minister’s opening remarks \(“王毅：…”\) after the lede \(line 3\)/);
  });

  it('reports a transcript that breaks off mid-sentence, with or without its continuation marker, and a turn cut short', () => {
    const cut = `${HEAD}甲报记者：问题？\n\n王毅：回答到一半`;
    expect(() => parseFullTranscript(source(`${cut}\n`, 't.txt'), SPEAKER)).toThrow(/^t\.txt:9: the transcript is truncated: it ends mid-sentence \(“…回答到一半”\) without a continuation marker/);
    expect(() => parseFullTranscript(source(`${cut}\n\n(下转第四版)\n`, 't.txt'), SPEAKER)).toThrow(/^t\.txt:9: the transcript breaks off mid-sentence .* at the continuation marker “\(下转第四版\)” \(line 11\): supply the continuation page/);
    expect(() => parseFullTranscript(source(`${cut}\n\n乙台记者：问题？\n\n王毅：回答。\n`, 't.txt'), SPEAKER)).toThrow(/^t\.txt:9: the paragraph breaks off mid-sentence .* the next paragraph starts a new speaker’s turn/);
  });

  it('joins the parts of a transcript in order, rebuilding the paragraph split between them', () => {
    const page1 = source(`${HEAD}甲报记者：问题？\n\n王毅：回答被\n\n(下转第四版)\n`, 'p1.txt');
    const page4 = source('(上接第一版)\n\n分页了。\n\n乙台记者：问题？\n\n王毅：回答。\n', 'p4.txt');
    const full = parseFullTranscript([page1, page4], SPEAKER);
    expect(full.files).toEqual(['p1.txt', 'p4.txt']);
    expect(full.units[0]!.answer[0]).toEqual({ text: '回答被分页了。', provenance: { source: 'full', file: 'p1.txt', lines: [9, 3], rejoined: true, files: ['p1.txt', 'p4.txt'] } });
    expect(full.units[1]!.answer[0]!.provenance).toMatchObject({ file: 'p4.txt', lines: [7] });
    expect(full.continuation).toBeNull();
    expect(full.furniture.map((f) => [f.kind, f.file, f.line])).toContainEqual(['continuation-marker', 'p4.txt', 1]);
    // The single-file call is a list of one.
    expect(parseFullTranscript([source(HEAD + BODY)], SPEAKER).units).toHaveLength(2);
    expect(() => parseFullTranscript([source(`${HEAD}甲报记者：问题？\n\n王毅：回答。\n`, 'a.txt'), page4], SPEAKER)).toThrow(/^a\.txt:9: another full-transcript part follows \(p4\.txt\), but this part does not end with a continuation marker/);
  });
});
