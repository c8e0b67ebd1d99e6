import type { SourceState } from '../types';
import {
  LINK_KEYS,
  linkField,
  type LinkedState,
  type LinkKey,
  type LinkRequest,
  type TotalFor,
} from './linkFields';

/** The fields in the order they are applied: by stage, then in table order. */
const APPLY_ORDER = [...LINK_KEYS].sort(
  (a, b) => (linkField(a).stage ?? 0) - (linkField(b).stage ?? 0),
);

/**
 * The state a link asks for, on top of `base`. A readable link's scenario comes first (it
 * opens its scene, which `scene=` may change); then each field, in the order of
 * linkFields.ts's stages: the sample after the network, the step last, clamped to the trace.
 */
export function applyLink(
  base: SourceState,
  request: LinkRequest,
  totalFor: TotalFor,
): SourceState {
  let state: SourceState = { ...base };
  const { scenario } = request;
  if (scenario?.kind === 'network') state = { ...state, network: scenario, scene: 'network' };
  if (scenario?.kind === 'graph') state = { ...state, graph: scenario, scene: 'graph' };
  for (const key of APPLY_ORDER) state = applyField(key, state, request, totalFor);
  return state;
}

function applyField<K extends LinkKey>(
  key: K,
  state: SourceState,
  fields: { readonly [P in LinkKey]?: LinkedState[P] },
  totalFor: TotalFor,
): SourceState {
  const value = fields[key];
  if (value === undefined) return state;
  const { apply } = linkField(key);
  return apply ? apply(state, value, totalFor) : { ...state, [key]: value };
}
