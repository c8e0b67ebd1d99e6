import { useSyncExternalStore } from 'react';
import type { Values } from './momentFeed';
import { useMomentFeed } from './useMoment';

/**
 * The numbers a diagram element shows (undefined while not computed yet), in one channel
 * of the diagram's feed: the element re-renders only when one of them changes.
 */
export function useValues(first: string, second?: string, third?: string): Values {
  const channel = useMomentFeed().values(first, second, third);
  return useSyncExternalStore(channel.subscribe, channel.getSnapshot);
}

/**
 * The weight of the edge from neuron k of layer l to neuron j of layer l + 1, through the
 * diagram's feed: after Apply update the edges re-render a slice at a time, not all at once.
 */
export function useWeight(l: number, k: number, j: number): number {
  const channel = useMomentFeed().weight(l, k, j);
  return useSyncExternalStore(channel.subscribe, channel.getSnapshot).w;
}
