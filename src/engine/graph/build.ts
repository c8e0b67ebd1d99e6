import { assertNever } from '../../lib/assertNever';
import type { Expr } from './ast';
import type { GateOp } from './ops';

/**
 * Builds the computational graph (a DAG) of a syntax tree.
 *
 * One node per variable, per distinct constant and per distinct operation: identical
 * sub-expressions are hash-consed on (op, input ids), so a value used twice is one node
 * with two outgoing edges, and its gradient visibly adds up (chain rule, case 2). Nothing
 * is flattened: `a*b*c` is two multiply gates, like the two layers of DLFS's apple example.
 *
 * Ids are readable and deterministic: a variable's id is its name (DOM hook `var-NAME`);
 * gates are `g1`, `g2`, … and constants `c1`, `c2`, … in evaluation order. A number that
 * a variable already uses as its name is skipped, so `g1 * g2` gets the gate `g3`.
 */
export type DagNode =
  | { readonly kind: 'var'; readonly id: string; readonly name: string }
  | { readonly kind: 'const'; readonly id: string; readonly value: number }
  | {
      readonly kind: 'gate';
      readonly id: string;
      readonly op: GateOp;
      /** Input node ids by slot; the same id twice when a gate uses one value twice (`x*x`). */
      readonly inputs: readonly string[];
    };

export interface Dag {
  /** Every node, in a topological (evaluation) order: inputs come before their gates. */
  readonly nodes: readonly DagNode[];
  /** The node whose value is the expression's value: the last gate, or a lone leaf. */
  readonly output: string;
  /** Variable names in order of first appearance. */
  readonly variables: readonly string[];
}

/** Variable names of a tree in order of first appearance. */
export function collectVariables(expr: Expr): string[] {
  const seen = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'var') seen.add(e.name);
    else if (e.kind === 'neg') visit(e.arg);
    else if (e.kind === 'binary') {
      visit(e.left);
      visit(e.right);
    } else if (e.kind === 'call') e.args.forEach(visit);
  };
  visit(expr);
  return [...seen];
}

/** Distinguishes −0 from 0 so that `1/-0` keeps its sign. */
const constKey = (value: number): string => (Object.is(value, -0) ? 'c:-0' : `c:${String(value)}`);

export function buildGraph(expr: Expr): Dag {
  const variables = collectVariables(expr);
  const taken = new Set(variables);
  const nodes: DagNode[] = [];
  const idByKey = new Map<string, string>();
  const counters = { g: 0, c: 0 };

  const freshId = (prefix: 'g' | 'c'): string => {
    let id: string;
    do id = `${prefix}${++counters[prefix]}`;
    while (taken.has(id));
    return id;
  };

  const intern = (key: string, make: () => DagNode): string => {
    const known = idByKey.get(key);
    if (known !== undefined) return known;
    const node = make();
    idByKey.set(key, node.id);
    nodes.push(node);
    return node.id;
  };

  const gate = (op: GateOp, inputs: readonly string[]): string =>
    intern(`${op}(${inputs.join(',')})`, () => ({ kind: 'gate', id: freshId('g'), op, inputs }));

  const visit = (e: Expr): string => {
    switch (e.kind) {
      case 'var':
        return intern(`v:${e.name}`, () => ({ kind: 'var', id: e.name, name: e.name }));
      case 'num':
        return intern(constKey(e.value), () => ({
          kind: 'const',
          id: freshId('c'),
          value: e.value,
        }));
      case 'neg':
        // A minus sign written on a literal is a negative constant, not a gate.
        if (e.arg.kind === 'num' && e.arg.value !== 0)
          return visit({ kind: 'num', value: -e.arg.value });
        return gate('neg', [visit(e.arg)]);
      case 'binary': {
        const left = visit(e.left);
        return gate(e.op, [left, visit(e.right)]);
      }
      case 'call':
        return gate(e.fn, e.args.map(visit));
      default:
        return assertNever(e);
    }
  };

  const output = visit(expr);
  return { nodes, output, variables };
}
