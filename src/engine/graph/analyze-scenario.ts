import type { GraphAnalysis } from './analysis-types';
import { buildGraph } from './build';
import { evaluateDag } from './evaluate';
import { eulerIsVariable } from './grammar';
import { parseExpression } from './parser';
import type { GraphScenario } from './scenario';

/**
 * Everything the graph scene shows for a scenario: nodes with values, gradients, local
 * gradients and contributions, in evaluation order.
 *
 * @param scenario a scenario returned by `parseGraphScenario`. Throws a RangeError for one
 * that was not validated (expression does not parse, or a variable has no number).
 */
export function analyzeGraph(scenario: GraphScenario): GraphAnalysis {
  const parsed = parseExpression(scenario.expression, {
    eulerIsVariable: eulerIsVariable(scenario.inputs),
  });
  if (!parsed.ok) throw new RangeError(`invalid graph scenario: ${parsed.error.message}`);
  const dag = buildGraph(parsed.ast);
  const inputs = new Map<string, number>();
  for (const name of dag.variables) {
    const value = Object.hasOwn(scenario.inputs, name) ? scenario.inputs[name] : undefined;
    if (typeof value !== 'number')
      throw new RangeError(`invalid graph scenario: no value for '${name}'`);
    inputs.set(name, value);
  }
  return evaluateDag(dag, inputs);
}

/**
 * The output's value and ∂output/∂variable for every variable, keyed by name (the
 * engine API of DESIGN.md). Same contract as {@link analyzeGraph}.
 */
export function evaluateGraph(scenario: GraphScenario): {
  value: number;
  gradients: Record<string, number>;
} {
  const { value, gradients } = analyzeGraph(scenario);
  return { value, gradients: { ...gradients } };
}
