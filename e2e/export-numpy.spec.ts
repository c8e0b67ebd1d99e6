import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numpyScript } from '../src/components/export/numpyScript';
import {
  forwardBackward,
  LECTURE_SCENARIO,
  parseScenario,
  type NetworkScenario,
} from './engineForTests';
import { readHooks, watchErrors } from './support';

/**
 * The exported NumPy script, run in Python, must print the numbers the app shows. Needs
 * python3 with NumPy (PYTHON=… picks another interpreter); without it these tests are
 * skipped with a message (Debian: apt-get install python3-numpy).
 */
const PYTHON = process.env.PYTHON ?? 'python3';
const hasNumpy = spawnSync(PYTHON, ['-c', 'import numpy']).status === 0;
const SKIP = `NumPy not found ("${PYTHON} -c 'import numpy'" failed): install it (Debian: apt-get install python3-numpy) or set PYTHON`;

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backprop-numpy-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Printed {
  readonly z: number[][];
  readonly a: number[][];
  readonly delta: number[][];
  readonly loss: number;
  readonly dW: number[][][];
  readonly db: number[][];
}

/** Runs a script and reads back what it prints (lists are Python reprs of floats: JSON). */
function runPython(script: string): Printed {
  const file = join(dir, `script-${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(file, script);
  const result = spawnSync(PYTHON, [file], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const values = <T>(pattern: RegExp): T[] =>
    [...result.stdout.matchAll(pattern)].map((m) => JSON.parse(m[1] ?? 'null') as T);
  return {
    z: values(/^ {2}z {5}= (.*)$/gm),
    a: values(/^ {2}a {5}= (.*)$/gm),
    delta: values(/^ {2}delta = (.*)$/gm),
    loss: Number(/^C = (.*)$/m.exec(result.stdout)?.[1]),
    dW: values(/^dC\/dW\[\d+\] = (.*)$/gm),
    db: values(/^dC\/db\[\d+\] = (.*)$/gm),
  };
}

/** Equal to the last few bits: NumPy may round a sum in another order than the engine. */
function expectClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    const tolerance = 1e-13 * Math.max(1, Math.abs(expected));
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(tolerance);
    return;
  }
  const list = expected as unknown[];
  expect(Array.isArray(actual), path).toBe(true);
  expect((actual as unknown[]).length, path).toBe(list.length);
  list.forEach((e, i) => expectClose((actual as unknown[])[i], e, `${path}[${i}]`));
}

function variant(input: Record<string, unknown>): NetworkScenario {
  const parsed = parseScenario({ ...LECTURE_SCENARIO, ...input });
  if (!parsed.ok || parsed.scenario.kind !== 'network') throw new Error('bad test scenario');
  return parsed.scenario;
}

test.describe('the NumPy script, run in Python', () => {
  test.skip(!hasNumpy, SKIP);

  test('prints the numbers the page shows for the lecture network', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./?step=end');
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-numpy').click(),
    ]);
    expect(download.suggestedFilename()).toBe('backprop_network.py');
    const printed = runPython(readFileSync(await download.path(), 'utf8'));
    const hooks = await readHooks(page);
    const num = (id: string, key: string) => Number(hooks[id]?.[key]);

    expect(printed.loss).toBe(num('loss', 'value'));
    expect(printed.loss).toBeCloseTo(0.4167981090281, 12);
    const layers = LECTURE_SCENARIO.layers;
    for (let l = 1; l < layers.length; l++) {
      for (let j = 0; j < (layers[l] ?? 0); j++) {
        const id = `neuron-${l}-${j}`;
        expectClose(printed.z[l - 1]?.[j], num(id, 'z'), `${id} z`);
        expectClose(printed.a[l - 1]?.[j], num(id, 'a'), `${id} a`);
        expectClose(printed.delta[l - 1]?.[j], num(id, 'delta'), `${id} delta`);
        expectClose(printed.db[l - 1]?.[j], num(`bias-${l}-${j}`, 'grad'), `bias-${l}-${j}`);
        for (let k = 0; k < (layers[l - 1] ?? 0); k++) {
          const edge = `edge-${l - 1}-${k}-${j}`;
          expectClose(printed.dW[l - 1]?.[j]?.[k], num(edge, 'grad'), edge);
        }
      }
    }
    expect(errors).toEqual([]);
  });

  const variants: [string, Record<string, unknown>][] = [
    ['tanh, relu, sigmoid with sse', { activation: ['tanh', 'relu', 'sigmoid'], loss: 'sse' }],
    ['leaky-relu with mse', { activation: 'leaky-relu', loss: 'mse' }],
    ['sigmoid with bce', { loss: 'bce', samples: [{ x: [0.5, 2], y: [1, 0] }] }],
    [
      'softmax-ce on linear logits, 2-3-4-3, drawn weights',
      {
        layers: [2, 3, 4, 3],
        activation: ['tanh', 'sigmoid', 'linear'],
        loss: 'softmax-ce',
        weights: undefined,
        biases: undefined,
        seed: 7,
        samples: [{ x: [0.3, -1.2], y: [0, 1, 0] }],
      },
    ],
  ];
  for (const [name, input] of variants) {
    test(`agrees with the engine: ${name}`, () => {
      const scenario = variant(input);
      const printed = runPython(numpyScript(scenario));
      const engine = forwardBackward(scenario);
      expectClose(printed.z, engine.z, 'z');
      expectClose(printed.a, engine.a, 'a');
      expectClose(printed.delta, engine.delta, 'delta');
      expectClose(printed.loss, engine.loss, 'loss');
      expectClose(printed.dW, engine.dW, 'dW');
      expectClose(printed.db, engine.db, 'db');
    });
  }

  test('follows the chosen training example', () => {
    const scenario = variant({
      samples: [
        { x: [1, -1], y: [1, 0] },
        { x: [-0.5, 0.75], y: [0, 1] },
      ],
    });
    const printed = runPython(numpyScript(scenario, 1));
    const engine = forwardBackward(scenario, 1);
    expectClose(printed.delta, engine.delta, 'delta');
    expectClose(printed.loss, engine.loss, 'loss');
  });
});
