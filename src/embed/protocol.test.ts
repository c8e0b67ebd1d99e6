import { describe, expect, it } from 'vitest';
import {
  EMBED_MESSAGE_TYPE,
  linkQuery,
  MAX_EMBED_LINK,
  positionReply,
  readEmbedCommand,
} from './protocol';

const message = (fields: Record<string, unknown>) => ({
  type: EMBED_MESSAGE_TYPE,
  version: 1,
  ...fields,
});

describe('readEmbedCommand', () => {
  it('reads every documented command', () => {
    expect(readEmbedCommand(message({ command: 'step', step: 12 }))).toEqual({
      command: 'step',
      step: 12,
    });
    expect(readEmbedCommand(message({ command: 'step', step: 'end' }))).toEqual({
      command: 'step',
      step: 'end',
    });
    expect(readEmbedCommand(message({ command: 'next' }))).toEqual({ command: 'next' });
    expect(readEmbedCommand(message({ command: 'previous' }))).toEqual({ command: 'previous' });
    expect(readEmbedCommand(message({ command: 'chapter', chapter: 4 }))).toEqual({
      command: 'chapter',
      chapter: 4,
    });
    expect(readEmbedCommand(message({ command: 'scene', scene: 'graph' }))).toEqual({
      command: 'scene',
      scene: 'graph',
    });
    expect(readEmbedCommand(message({ command: 'link', link: '?s=1.abc' }))).toEqual({
      command: 'link',
      link: '?s=1.abc',
    });
    expect(readEmbedCommand(message({ command: 'position' }))).toEqual({ command: 'position' });
  });

  it('ignores anything not in the documented shape', () => {
    const refused: unknown[] = [
      null,
      'next',
      42,
      [message({ command: 'next' })],
      { command: 'next' },
      { ...message({ command: 'next' }), type: 'other-app' },
      { ...message({ command: 'next' }), version: 2 },
      { ...message({ command: 'next' }), version: '1' },
      message({ command: 'jump' }),
      message({ command: 'toString' }),
      message({ command: '__proto__' }),
      message({ command: 'next', extra: true }),
      message({ command: 'step' }),
      message({ command: 'step', step: -1 }),
      message({ command: 'step', step: 2.5 }),
      message({ command: 'step', step: '3' }),
      message({ command: 'step', step: Number.NaN }),
      message({ command: 'step', step: Infinity }),
      message({ command: 'chapter', chapter: 0 }),
      message({ command: 'scene', scene: 'training ' }),
      message({ command: 'scene', scene: 'constructor' }),
      message({ command: 'link', link: '' }),
      message({ command: 'link', link: 7 }),
      message({ command: 'link', link: 'x'.repeat(MAX_EMBED_LINK + 1) }),
      Object.assign(Object.create({ inherited: true }) as object, message({ command: 'next' })),
    ];
    for (const data of refused) expect(readEmbedCommand(data), JSON.stringify(data)).toBeNull();
  });

  it('ignores the other kinds of data a message can carry', () => {
    const cloned: unknown[] = [
      new Date(0),
      new Map([['command', 'next']]),
      /next/,
      new Uint8Array(4),
      message({ command: 'step', step: { valueOf: 3 } }),
      message({ command: 'chapter', chapter: [4] }),
    ];
    for (const data of cloned) expect(readEmbedCommand(data)).toBeNull();
  });
});

describe('replies', () => {
  it('carry the namespace, the version and the position', () => {
    expect(
      positionReply({ scene: 'network', step: 3, total: 61, phase: 'forward', chapter: null }),
    ).toEqual({
      type: EMBED_MESSAGE_TYPE,
      version: 1,
      event: 'position',
      scene: 'network',
      step: 3,
      total: 61,
      phase: 'forward',
      chapter: null,
    });
  });
});

describe('linkQuery', () => {
  it('takes the query of a share link, a whole address, or a query alone', () => {
    expect(linkQuery('?s=1.abc', 'https://app.example/')).toBe('?s=1.abc');
    expect(linkQuery('https://app.example/?step=4&lang=zh', 'https://app.example/')).toBe(
      '?step=4&lang=zh',
    );
    expect(linkQuery('/?step=4', 'https://app.example/')).toBe('?step=4');
    expect(linkQuery('http://[bad', 'https://app.example/')).toBeNull();
  });
});
