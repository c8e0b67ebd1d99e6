import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO, parseScenario, type NetworkScenario } from '../../engine';
import { numpyScript, pyNumber } from './numpyScript';

function scenario(input: Record<string, unknown>): NetworkScenario {
  const parsed = parseScenario({ ...LECTURE_SCENARIO, ...input });
  if (!parsed.ok || parsed.scenario.kind !== 'network') throw new Error('bad test scenario');
  return parsed.scenario;
}

describe('NumPy script', () => {
  const script = numpyScript(LECTURE_SCENARIO);

  it('imports NumPy only', () => {
    expect(script).toContain('import numpy as np');
    expect(script.match(/^(import|from) .*/gm)).toEqual(['import numpy as np']);
  });

  it('writes the lecture’s parameters, input and target', () => {
    expect(script).toContain('np.array([[1, -2], [-1, 1]], dtype=float)');
    expect(script).toContain('np.array([[2, -1], [-2, -1]], dtype=float)');
    expect(script).toContain('np.array([[3, -1], [-1, 4]], dtype=float)');
    expect(script).toContain('np.array([-2, 2], dtype=float)');
    expect(script).toContain('x = np.array([1, -1], dtype=float)');
    expect(script).toContain('y = np.array([1, 0], dtype=float)');
  });

  it('has the forward pass, the backward pass δ = σ′(z) ⊙ Wᵀδ_next and the gradients', () => {
    expect(script).toContain('z.append(W[l] @ a[l] + b[l])');
    expect(script).toContain('delta[l] = sigma_prime[l](z[l]) * (W[l + 1].T @ delta[l + 1])');
    expect(script).toContain('dW = [np.outer(delta[l], a[l]) for l in range(len(W))]');
    expect(script).toContain('return 0.5 * np.sum((a - y) ** 2)');
    expect(script).toContain('sigma = [sigmoid, sigmoid, sigmoid]');
    expect(script).toContain('print("C =", float(C))');
  });

  it('is laid out as Python: 4-space indents, no tabs, two blank lines around functions', () => {
    expect(script).not.toContain('\t');
    for (const line of script.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(100);
      expect((line.match(/^ */)?.[0].length ?? 0) % 4).toBe(0);
    }
    expect(script).toMatch(/\n\n\ndef sigmoid\(z\):/);
    expect(script.endsWith('\n')).toBe(true);
    // Balanced brackets, outside strings.
    const code = script.replace(/"""[\s\S]*?"""|"[^"\n]*"|#.*$/gm, '');
    for (const [open, close] of ['()', '[]', '{}'])
      expect(code.split(open ?? '').length).toBe(code.split(close ?? '').length);
  });

  it('writes parameters in full precision, and only the activations it uses', () => {
    const s = scenario({
      activation: ['tanh', 'relu', 'linear'],
      loss: 'softmax-ce',
      weights: [
        [
          [0.1 + 0.2, -1e-7],
          [1 / 3, 2],
        ],
        [
          [1, 1],
          [1, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ],
    });
    const text = numpyScript(s);
    expect(text).toContain('0.30000000000000004');
    expect(text).toContain('-1e-7');
    expect(text).toContain('0.3333333333333333');
    expect(text).toContain('sigma = [tanh, relu, linear]');
    expect(text).toContain('def log_softmax(a):');
    expect(text).not.toContain('def sigmoid');
    expect(text).not.toContain('def leaky_relu');
  });

  it('follows the chosen example and says when there are several', () => {
    const s = scenario({
      samples: [
        { x: [1, -1], y: [1, 0] },
        { x: [0.25, 3], y: [0, 1] },
      ],
    });
    const text = numpyScript(s, 1);
    expect(text).toContain('x = np.array([0.25, 3], dtype=float)');
    expect(text).toContain('training example 2 of 2');
    expect(text).toContain('uses all 2 examples');
    expect(() => numpyScript(s, 2)).toThrow(RangeError);
  });

  it('writes numbers Python reads back exactly', () => {
    expect(pyNumber(0.1)).toBe('0.1');
    expect(pyNumber(-2)).toBe('-2');
    expect(pyNumber(1.5e21)).toBe('1.5e+21');
    expect(pyNumber(-0)).toBe('-0.0');
    expect(pyNumber(Number.NaN)).toBe('float("nan")');
  });
});
