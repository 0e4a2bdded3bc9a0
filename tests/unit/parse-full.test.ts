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
});
