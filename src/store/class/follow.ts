import type { ClassState } from '../../class';
import { defaultState } from '../initialState';
import type { SourceState } from '../types';
import { applyLink } from '../url/applyLink';
import { decodeLink } from '../url/compactLink';
import type { LinkResult } from '../url/readableLink';
import { sameJson } from '../url/sameJson';
import type { LinkRequest, TotalFor } from '../url/linkFields';

/** What a following student takes from the teacher: what is shown, never how it looks. */
type Followed = Pick<
  SourceState,
  | 'scene'
  | 'network'
  | 'graph'
  | 'cursor'
  | 'sample'
  | 'iteration'
  | 'chapter'
  | 'practice'
  | 'variant'
>;

/** Same numbers, same object: practice answers belong to a scenario object (see practice/types). */
const keepIfSame = <T>(mine: T, theirs: T): T => (sameJson(mine, theirs) ? mine : theirs);

/** Reads a published link (`s=1.…`). */
export type ClassLinkReader = (link: string) => LinkResult;

/**
 * A reader that keeps the last link it read: the teacher's steps publish the same link
 * with a new step, and reading a large network's link again (decompressing it, checking
 * every weight) took 100 ms and more of each step on every student's device.
 */
export function createClassLinkReader(): ClassLinkReader {
  let last: { readonly link: string; readonly result: LinkResult } | undefined;
  return (link) => {
    if (last?.link !== link) last = { link, result: decodeLink(link.replace(/^s=/, '')) };
    return last.result;
  };
}

/**
 * The state a following student's app shows for the teacher's `published` state: the
 * teacher's scenario, scene, step, chapter and practice, on top of the student's own
 * language, theme, presenter mode and speed. Null when the published link cannot be read
 * (a newer app's link, say): the student's screen then stays as it is.
 */
export function followedState(
  state: SourceState,
  published: ClassState,
  totalFor: TotalFor,
  read: ClassLinkReader = createClassLinkReader(),
): Followed | null {
  const link = read(published.link);
  if (!link.ok) return null;
  const { scene, network, graph, sample, iteration, chapter, practice, variant } = link.request;
  const shown: LinkRequest = { scene, network, graph, sample, iteration, chapter, practice };
  const request: LinkRequest = { ...shown, variant, cursor: published.step };
  // A link leaves out what is at its default: start from the defaults, not the student's own.
  const defaults = defaultState(state.lang);
  const base: SourceState = {
    ...state,
    scene: defaults.scene,
    network: defaults.network,
    graph: defaults.graph,
    sample: defaults.sample,
    iteration: defaults.iteration,
    chapter: defaults.chapter,
    practice: defaults.practice,
    variant: defaults.variant,
  };
  const next = applyLink(base, request, totalFor);
  return {
    scene: next.scene,
    network: keepIfSame(state.network, next.network),
    graph: keepIfSame(state.graph, next.graph),
    cursor: next.cursor,
    sample: next.sample,
    iteration: next.iteration,
    chapter: next.chapter,
    practice: next.practice,
    variant: next.variant,
  };
}
