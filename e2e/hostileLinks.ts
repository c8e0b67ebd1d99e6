import { LECTURE_SCENARIO } from '../src/engine';

/**
 * Links that must each be refused with a visible state-error, never a broken page: broken
 * syntax, wrong versions, non-finite numbers, wrong shapes, hostile keys and strings,
 * enormous inputs. Deterministic, so a failure names the same link every run.
 */
export function hostileLinks(): { name: string; query: string }[] {
  const lecture = LECTURE_SCENARIO as unknown as Record<string, unknown>;
  const json = JSON.stringify(lecture);
  const readable = (text: string) => `?scenario=${encodeURIComponent(text)}`;
  const withField = (key: string, value: unknown) =>
    readable(JSON.stringify({ ...lecture, [key]: value }));
  const links: { name: string; query: string }[] = [];
  const add = (name: string, query: string) => links.push({ name, query });

  add('not JSON', readable('{"version": 1,'));
  add('truncated JSON', readable(json.slice(0, json.length / 2)));
  add('doubly encoded', `?scenario=${encodeURIComponent(encodeURIComponent(json))}`);
  add('NaN literal', readable(json.replace('"learningRate":0.5', '"learningRate":NaN')));
  add('1e309', readable(json.replace('"learningRate":0.5', '"learningRate":1e309')));
  add('-1e309 weight', readable(json.replace('[[[1,-2]', '[[[-1e309,-2]')));
  add('empty layers', withField('layers', []));
  add('empty samples', withField('samples', []));
  add('empty weights', withField('weights', []));
  add('wrong version', withField('version', 2));
  add('version as string', withField('version', '1'));
  add('no version', readable(JSON.stringify({ ...lecture, version: undefined })));
  add('unknown kind', withField('kind', 'transformer'));
  add(
    '__proto__ key',
    readable(json.replace('{"version":1', '{"__proto__":{"polluted":true},"version":1')),
  );
  add('constructor key', withField('constructor', { prototype: { polluted: true } }));
  add('HTML in activation', withField('activation', '<img src=x onerror="window.__pwned=1">'));
  add('script in loss', withField('loss', '<script>window.__pwned=1</script>'));
  add(
    'HTML key',
    readable(json.replace('{"version":1', '{"<b onmouseover=alert(1)>":1,"version":1')),
  );
  add('deep nesting', readable(`${'['.repeat(5000)}${']'.repeat(5000)}`));
  add(
    'deep nesting in weights',
    withField('weights', JSON.parse(`${'['.repeat(2000)}1${']'.repeat(2000)}`)),
  );
  add(
    'huge sample (10,000 numbers)',
    withField('samples', [{ x: new Array(10_000).fill(1), y: [1, 0] }]),
  );
  add(
    'over 64 KB',
    readable(
      JSON.stringify({ ...lecture, samples: [{ x: new Array(40_000).fill(0.5), y: [1, 0] }] }),
    ),
  );
  add('a million numbers', `?scenario=${'1,'.repeat(500_000)}`);
  add('too many layers', withField('layers', new Array(20).fill(2)));
  add('layer of 10,000', withField('layers', [2, 10_000, 2]));
  add('negative layer', withField('layers', [2, -2, 2, 2]));
  add('fractional layer', withField('layers', [2, 2.5, 2, 2]));
  add('string weights', withField('weights', 'heavy'));
  add('null scenario', readable('null'));
  add('array scenario', readable('[1,2,3]'));
  add('number scenario', readable('42'));
  add('string scenario', readable('"network"'));
  add('bad step', '?step=-5');
  add('step as word', '?step=twelve');
  add('bad lang', '?lang=fr');
  add('bad scene', '?scene=<script>alert(1)</script>');
  add('softmax without linear', withField('loss', 'softmax-ce'));
  add('zero learning rate', withField('learningRate', 0));
  add('negative learning rate', withField('learningRate', -1));
  add(
    'graph with unknown function',
    readable(
      JSON.stringify({ version: 1, kind: 'graph', expression: 'sigmod(x)', inputs: { x: 1 } }),
    ),
  );
  add(
    'graph with code',
    readable(JSON.stringify({ version: 1, kind: 'graph', expression: 'alert(1)', inputs: {} })),
  );
  add(
    'graph with __proto__ input',
    readable('{"version":1,"kind":"graph","expression":"x","inputs":{"x":1,"__proto__":{"a":1}}}'),
  );
  add(
    'graph missing input',
    readable(JSON.stringify({ version: 1, kind: 'graph', expression: 'x*y', inputs: { x: 1 } })),
  );
  add('compact: garbage', '?s=garbage');
  add('compact: wrong version', '?s=9.N4IgLg');
  add('compact: empty', '?s=');
  add('compact: only version', '?s=1.');
  add('compact: not lz', '?s=1.%%%%%');
  add('compact: over 64 KB', `?s=1.${'A'.repeat(70_000)}`);

  // Every field of the lecture scenario replaced by each kind of wrong value.
  const wrongValues: [string, unknown][] = [
    ['null', null],
    ['string', 'x'],
    ['object', { a: 1 }],
    ['negative', -3],
    ['nested', [[[[]]]]],
    ['boolean', true],
  ];
  for (const key of Object.keys(lecture)) {
    for (const [label, value] of wrongValues) {
      if (key === 'learningRate' && label === 'negative') continue; // already covered
      add(`${key} = ${label}`, withField(key, value));
    }
  }
  // Every weight and every sample value replaced by something that is not a finite number.
  const bad = [null, '1', [1], { v: 1 }, 'NaN'];
  for (let l = 0; l < 3; l++) {
    for (let j = 0; j < 2; j++) {
      for (let k = 0; k < 2; k++) {
        const weights = JSON.parse(JSON.stringify(LECTURE_SCENARIO.weights)) as unknown[][][];
        const row = weights[l]?.[j];
        if (row) row[k] = bad[(l + j + k) % bad.length];
        add(`weight ${l},${j},${k} not a number`, withField('weights', weights));
      }
    }
  }
  for (const [i, value] of bad.entries()) {
    add(`x[0] = ${JSON.stringify(value)}`, withField('samples', [{ x: [value, -1], y: [1, 0] }]));
    add(`y[1] = ${JSON.stringify(value)}`, withField('samples', [{ x: [1, -1], y: [1, value] }]));
    add(
      `bias ${i} not a number`,
      withField('biases', [
        [value, 0],
        [0, 0],
        [-2, 2],
      ]),
    );
  }
  // Cut-off compact links: every prefix length of a real link is damaged in some way.
  const real = 's=1.N4IgTgpgzgLglgewHYgFwEYA0IBmBDAGwgHMBWAXyA';
  for (let cut = 3; cut < real.length; cut += 1)
    add(`compact cut at ${cut}`, `?${real.slice(0, cut)}x!`);
  // Random bytes, the same every run.
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < 40; i++) {
    const length = 1 + Math.floor(random() * 80);
    const text = Array.from({ length }, () =>
      String.fromCharCode(32 + Math.floor(random() * 95)),
    ).join('');
    add(`random scenario ${i}`, readable(`{${text}`));
  }
  return links;
}
