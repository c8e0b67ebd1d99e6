import { describe, expect, it } from 'vitest';
import {
  encodeAnswerMessage,
  LIMITS,
  MISTAKE_CODES,
  parseAnswerMessage,
  parseClassState,
  parsePresence,
  parseServerMessage,
} from './protocol';

const STATE = {
  version: 1,
  link: 's=1.N4IgbghgNgrgpiA',
  scene: 'network',
  step: 12,
  chapter: 4,
  prompt: { id: 'p-1', target: 'neuron-2-0:delta', kind: 'delta' },
  revealed: false,
};

describe('parseClassState', () => {
  it('accepts a published state and drops unknown fields', () => {
    expect(parseClassState({ ...STATE, extra: 'dropped' })).toEqual({ ok: true, value: STATE });
    expect(parseClassState({ ...STATE, chapter: null, prompt: null })).toMatchObject({ ok: true });
  });

  it('names what is wrong', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ version: 2 }, 'state.version: not 1'],
      [{ link: '?s=1.x' }, 'state.link: not a compact share link (s=N.…)'],
      [
        { link: `s=1.${'a'.repeat(LIMITS.linkLength)}` },
        'state.link: not a compact share link (s=N.…)',
      ],
      [{ scene: 'Network' }, 'state.scene: not a scene name'],
      [{ step: -1 }, 'state.step: not a step count'],
      [{ step: 1.5 }, 'state.step: not a step count'],
      [{ chapter: 0 }, 'state.chapter: not a chapter number or null'],
      [{ prompt: { ...STATE.prompt, kind: 'loss' } }, 'state.prompt.kind: unknown'],
      [
        { prompt: { ...STATE.prompt, target: 'neuron-2-0' } },
        'state.prompt.target: not HOOK-ID:ATTRIBUTE',
      ],
      [{ prompt: null, revealed: true }, 'state.revealed: no prompt to reveal'],
      [{ answer: 0.5 }, 'state.answer: only a finite number, once revealed'],
      [{ revealed: true, answer: Number.NaN }, 'state.answer: only a finite number, once revealed'],
    ];
    for (const [change, error] of cases)
      expect(parseClassState({ ...STATE, ...change })).toEqual({ ok: false, error });
    expect(parseClassState('state')).toEqual({ ok: false, error: 'state: not an object' });
  });

  it('keeps the revealed answer', () => {
    expect(parseClassState({ ...STATE, revealed: true, answer: -0.25 })).toEqual({
      ok: true,
      value: { ...STATE, revealed: true, answer: -0.25 },
    });
  });
});

describe('answer messages', () => {
  it('round-trips what a student sends, with and without a mistake', () => {
    for (const mistake of [undefined, ...MISTAKE_CODES]) {
      const text = encodeAnswerMessage('p-1', -0.125, mistake);
      expect(parseAnswerMessage(text)).toEqual({
        ok: true,
        value:
          mistake === undefined
            ? { t: 'answer', prompt: 'p-1', value: -0.125 }
            : { t: 'answer', prompt: 'p-1', value: -0.125, mistake },
      });
    }
  });

  it('refuses anything else, and never throws', () => {
    const refused: [string, string][] = [
      ['{', 'message: not JSON'],
      ['[1]', 'message: not an answer'],
      ['{"t":"state"}', 'message: not an answer'],
      ['{"t":"answer","prompt":"p","value":1,"name":"Ann"}', 'message: unexpected field name'],
      ['{"t":"answer","prompt":"p","value":"1"}', 'answer.value: not a finite number'],
      ['{"t":"answer","prompt":"p","value":1e999}', 'answer.value: not a finite number'],
      ['{"t":"answer","prompt":"p q","value":1}', 'answer.prompt: not a prompt id'],
      [
        '{"t":"answer","prompt":"p","value":1,"mistake":"typo"}',
        'answer.mistake: not a recognised mistake',
      ],
      [`{"t":"answer","prompt":"${'p'.repeat(300)}","value":1}`, 'message: too long'],
    ];
    for (const [text, error] of refused)
      expect(parseAnswerMessage(text)).toEqual({ ok: false, error });
  });
});

describe('server messages and presence', () => {
  it('reads acks and ticks, and nothing else', () => {
    expect(parseServerMessage('{"t":"ack","prompt":"p","result":"duplicate"}')).toEqual({
      t: 'ack',
      prompt: 'p',
      result: 'duplicate',
    });
    expect(parseServerMessage('{"t":"tick"}')).toEqual({ t: 'tick' });
    expect(parseServerMessage('{"t":"ack","prompt":"p","result":"maybe"}')).toBeNull();
    expect(parseServerMessage('not json')).toBeNull();
  });

  it('reads presence entries', () => {
    expect(parsePresence({ role: 'student', student: 'k', server: 's' })).toEqual({
      role: 'student',
      student: 'k',
      server: 's',
    });
    expect(parsePresence({ role: 'teacher', server: 's', student: 'x' })).toEqual({
      role: 'teacher',
      server: 's',
    });
    expect(parsePresence({ role: 'student', server: 's' })).toBeNull();
    expect(parsePresence({ role: 'admin', server: 's' })).toBeNull();
  });
});
