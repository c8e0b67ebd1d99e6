import { describe, it, expect } from 'vitest';
import { buildGraph, type Dag } from './build';
import { parseExpression } from './parser';

const graph = (source: string): Dag => {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(result.error.message);
  return buildGraph(result.ast);
};

/** `id=op(inputs)` per gate, `id` per leaf: the whole graph in one line. */
const describeGraph = (dag: Dag): string =>
  dag.nodes
    .map((n) =>
      n.kind === 'gate'
        ? `${n.id}=${n.op}(${n.inputs.join(',')})`
        : n.kind === 'const'
          ? `${n.id}:${n.value}`
          : n.id,
    )
    .join(' ');

describe('buildGraph', () => {
  it('gives one gate per operation, numbered in evaluation order, with nothing flattened', () => {
    const dag = graph('apple * apple_num * tax');
    expect(describeGraph(dag)).toBe('apple apple_num g1=mul(apple,apple_num) tax g2=mul(g1,tax)');
    expect(dag.output).toBe('g2');
    expect(dag.variables).toEqual(['apple', 'apple_num', 'tax']);
  });

  it('shares a repeated variable: x * x is one node used twice', () => {
    const dag = graph('x * x');
    expect(describeGraph(dag)).toBe('x g1=mul(x,x)');
  });

  it('shares identical sub-expressions: (a+b)*(a+b) has one add gate', () => {
    expect(describeGraph(graph('(a+b)*(a+b)'))).toBe('a b g1=add(a,b) g2=mul(g1,g1)');
    expect(describeGraph(graph('sigmoid(x) + sigmoid(x) * 2'))).toBe(
      'x g1=sigmoid(x) c1:2 g2=mul(g1,c1) g3=add(g1,g2)',
    );
  });

  it('does not share what only looks alike: operand order matters', () => {
    expect(describeGraph(graph('a*b + b*a'))).toBe('a b g1=mul(a,b) g2=mul(b,a) g3=add(g1,g2)');
  });

  it('shares constants by value and folds a sign written on a literal', () => {
    expect(describeGraph(graph('1 / (1 + exp(-x))'))).toBe(
      'c1:1 x g1=neg(x) g2=exp(g1) g3=add(c1,g2) g4=div(c1,g3)',
    );
    expect(describeGraph(graph('-2 * x + 2'))).toBe('c1:-2 x g1=mul(c1,x) c2:2 g2=add(g1,c2)');
    expect(describeGraph(graph('-0 + x'))).toBe('c1:0 g1=neg(c1) x g2=add(g1,x)');
  });

  it('maps ^ and pow() to the same gate', () => {
    expect(describeGraph(graph('x^2 + pow(x, 2)'))).toBe('x c1:2 g1=pow(x,c1) g2=add(g1,g1)');
  });

  it('makes the lone leaf the output of a trivial expression', () => {
    expect(graph('x').output).toBe('x');
    expect(describeGraph(graph('3'))).toBe('c1:3');
    expect(graph('3').output).toBe('c1');
  });

  it('skips gate and constant ids that a variable already uses', () => {
    const dag = graph('g1 * g2 + c1 * 3');
    expect(describeGraph(dag)).toBe('g1 g2 g3=mul(g1,g2) c1 c2:3 g4=mul(c1,c2) g5=add(g3,g4)');
    expect(new Set(dag.nodes.map((n) => n.id)).size).toBe(dag.nodes.length);
  });

  it('is deterministic', () => {
    const source = '(x + sigmoid(y)) / (sigmoid(x) + (x + y)^2)';
    expect(graph(source)).toEqual(graph(source));
    expect(describeGraph(graph(source))).toBe(
      'x y g1=sigmoid(y) g2=add(x,g1) g3=sigmoid(x) g4=add(x,y) c1:2 g5=pow(g4,c1) g6=add(g3,g5) g7=div(g2,g6)',
    );
  });
});
