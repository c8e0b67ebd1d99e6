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
