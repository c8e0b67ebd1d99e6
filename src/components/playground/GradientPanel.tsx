import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  mappedNeurons,
  orderedFeatures,
  parameterLayout,
  playgroundSetup,
  trainingGradient,
} from '../../engine';
import { formatNumber, joinSentences, subscript } from '../../lib/format';
import { useAppState, useDerived } from '../../store/StoreProvider';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import { usePlaygroundT } from './usePlaygroundT';
import { colorTable } from './colors';
import { paintNeuron } from './deltaPainter';
import { useDriver, useDriverStatus, useFrameSink } from './driverContext';
import { ParameterInput } from './ParameterInput';
import { FEATURE_LABELS } from './featureLabels';
import { MapPainter } from './mapPainter';
import { useSelectedNeuron } from './selectedNeuron';
import { cx } from '../common/classNames';

/** The selected neuron's map, pixels per side. */
const BIG = 192;

/** While training plays, the gradient is recomputed this often (it is one full backward pass). */
const REFRESH_MS = 250;

interface Row {
  readonly from: string;
  readonly w: number;
  readonly grad: number;
  /** The weight's index in θ (what an edit sets). */
  readonly index: number;
}

interface Shown {
  readonly iteration: number;
  readonly eta: number;
  /** The neuron these rows are of. */
  readonly layer: number;
  readonly neuron: number;
  readonly rows: readonly Row[];
  readonly bias: { readonly b: number; readonly grad: number; readonly index: number };
}

/**
 * What TensorFlow Playground never shows: the gradient of the selected neuron (the output
 * neuron until another map is clicked). For each incoming weight w, its value, ∂L/∂w over
 * the whole training set, and the step −η·∂L/∂w that plain gradient descent takes, with
 * the backward pass's reason: ∂L/∂w = (1/N) Σₙ δⁿ aₖⁿ, δ being what the δ maps show.
 * Computed on this page from the frame's θ, a few times a second while playing.
 */
export function GradientPanel() {
  const t = usePlaygroundT();
  const status = useDriverStatus();
  const config = useDerived((select, s) => select.playground.config(s));
  const points = useDerived((select, s) => select.playground.points(s));
  const { neuron, weight } = useSelectedNeuron();
  const driver = useDriver();
  const setup = useMemo(
    () => playgroundSetup(config.network, points.train, config.objective),
    [config.network, config.objective, points.train],
  );
  const layers = setup.shape.layers;
  const target = neuron ?? { layer: layers.length - 1, index: 0 };
  const valid = target.layer < layers.length && target.index < (layers[target.layer] ?? 0);
  const [shown, setShown] = useState<Shown | null>(null);
  const lastAt = useRef(0);
  /** The iteration the map was last painted at: θ only changes with it. */
  const painted = useRef<{
    canvas: HTMLCanvasElement;
    iteration: number;
    mode: string;
    m: number;
  } | null>(null);
  const mode = useAppState((s) => s.mapMode);
  const table = useMemo(() => colorTable(), []);
  const painter = useMemo(() => new MapPainter(table), [table]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const m = mappedNeurons(layers).findIndex(
    (n) => n.layer === target.layer && n.index === target.index,
  );

  const sink = useCallback(
    (frame: PlaygroundFrame) => {
      const ctx = canvas.current?.getContext('2d');
      const last = painted.current;
      if (ctx !== null && ctx !== undefined && m >= 0) {
        const stale =
          last === null ||
          last.canvas !== ctx.canvas ||
          last.iteration !== frame.iteration ||
          last.mode !== mode ||
          last.m !== m;
        if (stale) paintNeuron(ctx, painter, frame, m, mode, points.train);
        painted.current = { canvas: ctx.canvas, iteration: frame.iteration, mode, m };
      }
      const now = performance.now();
      if (frame.playing && now - lastAt.current < REFRESH_MS) return;
      const size = setup.theta0.length;
      if (frame.theta.length !== size || !valid || setup.train.count === 0) return;
      lastAt.current = now;
      const { grad } = trainingGradient(setup, frame.theta);
      const l = target.layer - 1;
      const fanIn = layers[l] ?? 0;
      const layout = parameterLayout(layers);
      const first = (layout.weights[l] ?? 0) + target.index * fanIn;
      const names =
        l === 0
          ? orderedFeatures(config.network.features).map((f) => FEATURE_LABELS[f])
          : Array.from(
              { length: fanIn },
              (_, k) => `a${subscript(`${target.layer - 1},${k + 1}`)}`,
            );
      const rows = names.map((from, k) => ({
        from,
        w: frame.theta[first + k] ?? 0,
        grad: grad[first + k] ?? 0,
        index: first + k,
      }));
      const b = (layout.biases[l] ?? 0) + target.index;
      setShown({
        iteration: frame.iteration,
        eta: frame.hyperparameters.learningRate,
        layer: target.layer,
        neuron: target.index,
        rows,
        bias: { b: frame.theta[b] ?? 0, grad: grad[b] ?? 0, index: b },
      });
    },
    [
      setup,
      layers,
      target.layer,
      target.index,
      valid,
      config.network.features,
      m,
      mode,
      painter,
      points.train,
    ],
  );
  useFrameSink(sink);

  // A neuron's map clicked on the diagram brings its gradient into view (on a laptop the
  // panel sits below the fold, and the click seemed to do nothing). An edge clicked does
  // not: its weight's box opens on the diagram, which the user watches as he types.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (neuron === null || weight !== null) return;
    const box = section.current?.getBoundingClientRect();
    if (box !== undefined && (box.top < 0 || box.bottom > window.innerHeight))
      section.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [neuron, weight]);

  // The row of the weight an edge click picked is marked.
  const rowsOfTarget = shown?.layer === target.layer && shown.neuron === target.index;

  if (status.result?.ok !== true || shown === null || !valid) return null;
  const locked = status.replayingTo !== null;
  const set = (index: number) => (value: number) => driver.editParameter(index, value);
  const isOutput = target.layer === layers.length - 1;
  return (
    <section
      ref={section}
      className="playground-panel gradient-panel"
      data-testid="gradient-panel"
      data-layer={target.layer}
      data-index={target.index}
      data-iteration={shown.iteration}
    >
      <h3>
        {isOutput
          ? t('playground.gradientOutput')
          : t('playground.gradientNeuron', { layer: target.layer, j: target.index + 1 })}
      </h3>
      <div className="gradient-body">
        <canvas
          ref={canvas}
          width={BIG}
          height={BIG}
          className="gradient-map"
          role="img"
          aria-label={t(`playground.bigMapAria.${mode}`)}
          data-mode={mode}
        />
        <div className="gradient-text">
          <p className="muted">{t('playground.gradientWhy')}</p>
          <div className="gradient-table-box">
            <table className="gradient-table">
              <thead>
                <tr>
                  <th>{t('playground.gradientFrom')}</th>
                  <th>w</th>
                  <th>∂L/∂w</th>
                  <th>−η·∂L/∂w</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((row, k) => (
                  <tr
                    key={k}
                    data-testid={`grad-w-${k}`}
                    data-value={row.w}
                    data-grad={row.grad}
                    className={cx(rowsOfTarget && weight?.from === k && 'picked')}
                  >
                    <td>{row.from}</td>
                    <td>
                      <ParameterInput
                        value={row.w}
                        label={t('playground.parameter.weight', { from: row.from })}
                        disabled={locked}
                        testId={`set-w-${k}`}
                        onSet={set(row.index)}
                      />
                    </td>
                    <td>{formatNumber(row.grad, 4)}</td>
                    <td>{formatNumber(-shown.eta * row.grad, 4)}</td>
                  </tr>
                ))}
                <tr data-testid="grad-b" data-value={shown.bias.b} data-grad={shown.bias.grad}>
                  <td>{t('playground.gradientBias')}</td>
                  <td>
                    <ParameterInput
                      value={shown.bias.b}
                      label={t('playground.gradientBias')}
                      disabled={locked}
                      testId="set-b"
                      onSet={set(shown.bias.index)}
                    />
                  </td>
                  <td>{formatNumber(shown.bias.grad, 4)}</td>
                  <td>{formatNumber(-shown.eta * shown.bias.grad, 4)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p className="muted">
            {joinSentences(
              neuron === null ? t('playground.gradientPick') : '',
              t('playground.parameter.hint'),
            )}
          </p>
        </div>
      </div>
    </section>
  );
}
