import { formatNumber } from '../../lib/format';
import { useActions } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import { focusHandlers } from './focusHandlers';
import { involvementOf, known, type GraphView } from './graphView';
import { TERMINAL, type GraphLayout } from './layout';

/** The wire out of the last gate into `f`, the graph's output (test hook `graph-output`). */
export function OutputTerminal({
  view,
  layout,
  focused,
}: {
  view: GraphView;
  layout: GraphLayout;
  focused: boolean;
}) {
  const t = useT();
  const { setFocus } = useActions();
  const value = known(view, `value:${view.analysis.output}`);
  const involvement = involvementOf(view, 'graph-output');
  const label = t('graph.outputAria', {
    value: value === undefined ? t('graph.notYet') : formatNumber(value),
  });
  const { x, y } = layout.terminal;
  return (
    <g className={cx('graph-output', involvement, focused && 'focused')}>
      <path className="wire" d={layout.terminalPath} />
      <g
        data-testid="graph-output"
        data-value={value === undefined ? undefined : String(value)}
        data-current={involvement === 'write' ? 'true' : undefined}
        className="graph-node output"
        transform={`translate(${x},${y})`}
        role="button"
        aria-label={label}
        {...focusHandlers('graph-output', setFocus)}
      >
        <title>{label}</title>
        <rect
          className="shape"
          x={-TERMINAL.halfWidth}
          y={-TERMINAL.halfHeight}
          width={2 * TERMINAL.halfWidth}
          height={2 * TERMINAL.halfHeight}
          rx={TERMINAL.halfHeight}
        />
        <text className="op-label" dy="0.35em">
          f
        </text>
      </g>
    </g>
  );
}
