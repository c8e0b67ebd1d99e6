import type { PlaygroundFields } from './fields';

/** A new run from θ⁰ (data or network changed), keeping the settings in force. */
export function restart(s: PlaygroundFields): Pick<PlaygroundFields, 'dataLog' | 'dataIteration'> {
  const hyper = s.dataLog.at(-1)?.hyper;
  return { dataIteration: 0, dataLog: hyper === undefined ? s.dataLog : [{ from: 0, hyper }] };
}
