import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LabelPart } from './labelKeys';
import type { Moment, MomentFeed } from './momentFeed';

/** The feed of the diagram being drawn (see NetworkDiagram). */
export const MomentFeedContext = createContext<MomentFeed | null>(null);

export function useMomentFeed(): MomentFeed {
  const feed = useContext(MomentFeedContext);
  if (feed === null) throw new Error('a diagram element must be drawn inside its diagram');
  return feed;
}

/**
 * What element `id` draws differently at this moment of the lesson (see {@link Moment}):
 * one channel of the diagram's feed, so that the element re-renders only when its own
 * moment changes, and a step does not ask every element of a large network.
 */
export function useMoment(id: string, parts: readonly LabelPart[], twin?: string): Moment {
  const channel = useMomentFeed().moment(id, parts, twin);
  return useSyncExternalStore(channel.subscribe, channel.getSnapshot);
}
