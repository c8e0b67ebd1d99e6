import { useMemo, useState } from 'react';
import {
  analyzeGraph,
  buildGraphTrace,
  graphPreset,
  graphPresetScenario,
  type GraphPresetId,
  type GraphScenario,
} from '../../engine';
import { useActions, useAppState, useDerived } from '../../store/StoreProvider';
import '../../styles/graph.css';
import { stepTextInShell } from '../app/layouts';
import { useLayout } from '../app/useLayout';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { FormulaPanel } from '../formula/FormulaPanel';
import { PracticePanel, usePractising } from '../practice';
import { chainShape } from './chainRule';
import { ChainRuleView } from './ChainRuleView';
import { CodeView } from './CodeView';
import { dlfsListings } from './dlfsPython';
import { EulerVariableNote } from './EulerVariableNote';
import { ExpressionEditor } from './ExpressionEditor';
import { scenarioForExpression } from './expressionEdit';
import { GraphDiagramPanel } from './GraphDiagramPanel';
import { GraphDrawingPending } from './GraphDrawingPending';
import { GraphInspector } from './GraphInspector';
import { GraphNarrationPanel } from './GraphNarrationPanel';
import type { GraphView } from './graphView';
import { PresetBar } from './PresetBar';
import { ProblemList } from './ProblemList';
import { useGraphDrawing } from './useGraphDrawing';
import { useGraphStepTex } from './useGraphStepTex';
import { VariableInputs } from './VariableInputs';

/** The chain-rule view belongs to the lecture's two chain-rule examples. */
const CHAIN_EXPRESSIONS = new Set([
  graphPreset('chain-case-1').expression,
  graphPreset('chain-case-2').expression,
]);

const sameScenario = (a: GraphScenario, b: GraphScenario): boolean =>
  a.expression === b.expression &&
  Object.keys(a.inputs).length === Object.keys(b.inputs).length &&
  Object.entries(a.inputs).every(([k, v]) => b.inputs[k] === v);

/**
 * A preview of a typed expression: its graph with the inputs, nothing computed yet. (The
 * draft lives in this scene until committed, so it is analysed here, not by the store.)
 */
function previewOf(scenario: GraphScenario): GraphView {
  const analysis = analyzeGraph(scenario);
  return {
    scenario,
    analysis,
    trace: buildGraphTrace(analysis),
    cursor: 0,
    step: undefined,
    preview: true,
  };
}

/**
 * The computational-graph scene (CS231n circuits, DLFS layers, the lecture's chain rule):
 * the expression, its inputs and the examples on top, the circuit below; formula,
 * narration, inspector and, for the DLFS examples, the code on the right.
 */
export function GraphScene() {
  const t = useT();
  const graph = useAppState((s) => s.graph);
  const cursor = useAppState((s) => s.cursor);
  const trace = useDerived((select, s) => select.trace(s));
  const step = useDerived((select, s) => select.currentStep(s));
  const { editGraph, setCursor } = useActions();
  const analysis = useDerived((select, s) => select.graphAnalysis(s));
  // Practice: what its first hint highlights; the chain-rule view (which shows the
  // derivatives) waits until the exercise is done.
  const needed = useDerived((select, s) => select.practiceNeeded(s));
  const practising = usePractising();

  // The text being typed, while it differs from the graph (null: the field shows the graph's).
  const [draft, setDraft] = useState<string | null>(null);
  // Bumped by every preset click, so the input fields drop whatever was being typed.
  const [picks, setPicks] = useState(0);
  const check = useMemo(
    () => (draft === null ? null : scenarioForExpression(draft, graph.inputs)),
    [draft, graph.inputs],
  );
  const pending = check?.ok === true && check.scenario.expression !== graph.expression;
  const preview = useMemo(
    () => (check?.ok === true && pending ? previewOf(check.scenario) : null),
    [check, pending],
  );
  const committed = useMemo<GraphView>(
    () => ({ scenario: graph, analysis, trace, cursor, step, preview: false, needed }),
    [graph, analysis, trace, cursor, step, needed],
  );
  const view = preview ?? committed;
  const drawing = useGraphDrawing(view.analysis);

  const commit = () => {
    if (check === null || !check.ok) return;
    // A new expression is a new scenario: its walk-through starts at step 0.
    if (check.scenario.expression !== graph.expression) {
      editGraph(check.scenario);
      setCursor(0);
    }
    setDraft(null);
  };
  const pick = (id: GraphPresetId) => {
    const scenario = graphPresetScenario(id);
    setDraft(null);
    setPicks((n) => n + 1);
    if (!sameScenario(scenario, graph)) editGraph(scenario);
    setCursor(0);
  };

  const toTex = useGraphStepTex(analysis);
  // Phones, embeds and presenter mode show the step's text on the page's card or caption.
  const ownStepText = !stepTextInShell(useLayout());
  const shape = CHAIN_EXPRESSIONS.has(graph.expression) ? chainShape(analysis) : null;
  const listings = dlfsListings(analysis, graph.expression, graph.inputs);

  return (
    <div className={cx('scene-layout graph-scene', view.step?.phase === 'backward' && 'backward')}>
      <div className="graph-main">
        <section className="panel graph-editor" aria-label={t('graph.editor')}>
          <PresetBar current={graph} onPick={pick} />
          <ExpressionEditor
            text={draft ?? graph.expression}
            problem={check !== null && !check.ok ? check.problem : null}
            pending={pending}
            onChange={setDraft}
            onCommit={commit}
            onRevert={() => setDraft(null)}
          />
          <VariableInputs
            key={`${picks}:${graph.expression}`}
            scenario={graph}
            onChange={editGraph}
          />
          <ProblemList problems={analysis.problems} />
          <EulerVariableNote inputs={graph.inputs} />
        </section>
        <div className="graph-stage">
          {drawing === null ? (
            <GraphDrawingPending analysis={view.analysis} />
          ) : (
            <GraphDiagramPanel view={view} drawing={drawing} />
          )}
          {listings !== null && <CodeView listings={listings} view={committed} />}
        </div>
        {shape !== null && !practising && (
          <ChainRuleView shape={shape} scenario={graph} analysis={analysis} />
        )}
      </div>
      <aside className="side-panels">
        <PracticePanel />
        {ownStepText && <FormulaPanel toTex={toTex} />}
        {ownStepText && <GraphNarrationPanel analysis={analysis} />}
        <GraphInspector view={committed} />
      </aside>
    </div>
  );
}
