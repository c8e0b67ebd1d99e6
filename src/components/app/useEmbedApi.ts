import { useEffect } from 'react';
import {
  linkQuery,
  positionReply,
  readEmbedCommand,
  rejectedLinkReply,
  type EmbedCommand,
  type EmbedPosition,
  type EmbedReply,
} from '../../embed/protocol';
import { assertNever } from '../../lib/assertNever';
import type { AppStore } from '../../store/createAppStore';
import { SCENE_MODELS } from '../../store/scenes';
import { useAppStoreApi } from '../../store/StoreProvider';
import type { SourceState } from '../../store/types';
import { applyLink } from '../../store/url/applyLink';
import { readLink } from '../../store/url/readLink';
import { useOpenChapter } from '../chapters/useOpenChapter';

/**
 * The embedding API (embed/protocol.ts), while the page is an embedded view in a frame:
 * commands posted by the parent page step, jump, open a chapter, a scene or a link; after
 * each change, the user's own steps included, the embed posts its position to the parent.
 * Only the parent window is listened to. Replies go to the origin of the last valid command;
 * until one has come, the position alone (no scenario, no link) goes to any origin, so a
 * host can show it without having asked.
 */
export function useEmbedApi(active: boolean): void {
  const app = useAppStoreApi();
  const openChapter = useOpenChapter();
  useEffect(() => {
    const parent = window.parent;
    if (!active || parent === window) return undefined;
    const { store } = app;
    let replyTo = '*';
    let posted = '';
    const post = (reply: EmbedReply) => parent.postMessage(reply, replyTo);
    const postPosition = (force: boolean) => {
      const position = positionOf(app, store.getState());
      const key = JSON.stringify(position);
      if (!force && key === posted) return;
      posted = key;
      post(positionReply(position));
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== parent) return;
      const command = readEmbedCommand(event.data);
      if (command === null) return;
      // An opaque origin ('null': a sandboxed or file: page) cannot be addressed by name.
      replyTo = event.origin === 'null' || event.origin === '' ? '*' : event.origin;
      const before = posted;
      if (!run(command, app, openChapter)) {
        post(rejectedLinkReply());
        return;
      }
      // A change was posted by the subscription; a command that changed nothing is answered.
      if (posted === before) postPosition(true);
    };
    window.addEventListener('message', onMessage);
    const unsubscribe = store.subscribe(() => postPosition(false));
    postPosition(true);
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
    };
  }, [active, app, openChapter]);
}

/** Where the view is, in the API's terms. */
function positionOf({ select }: AppStore, state: SourceState): EmbedPosition {
  if (!SCENE_MODELS[state.scene].walksTrace)
    return {
      scene: state.scene,
      step: state.iteration,
      total: null,
      phase: null,
      chapter: state.chapter,
    };
  return {
    scene: state.scene,
    step: state.cursor,
    total: select.total(state),
    phase: state.cursor === 0 ? null : (select.currentStep(state)?.phase ?? null),
    chapter: state.chapter,
  };
}

/** Carries a command out; false when a link could not be read (and nothing changed). */
function run(
  command: EmbedCommand,
  { store, select }: AppStore,
  openChapter: (n: number) => void,
): boolean {
  const state = store.getState();
  const walks = SCENE_MODELS[state.scene].walksTrace;
  switch (command.command) {
    case 'step':
      if (walks) state.setCursor(command.step === 'end' ? select.total(state) : command.step);
      else if (command.step !== 'end') state.setIteration(command.step);
      return true;
    case 'next':
    case 'previous': {
      const delta = command.command === 'next' ? 1 : -1;
      if (walks) state.stepBy(delta);
      else state.setIteration(Math.max(0, state.iteration + delta));
      return true;
    }
    case 'chapter':
      openChapter(command.chapter);
      return true;
    case 'scene':
      // As with the header's tabs, choosing a scene leaves the lecture's chapter sequence.
      if (command.scene !== state.scene) state.setChapter(null);
      state.setScene(command.scene);
      return true;
    case 'link': {
      const query = linkQuery(command.link, window.location.href);
      const link = query === null ? null : readLink(query);
      if (link === null || !link.ok) return false;
      // The view stays embedded, whatever the link says.
      state.load(applyLink(state, { ...link.request, embed: true }, (s) => select.total(s)));
      return true;
    }
    case 'position':
      return true;
    default:
      return assertNever(command);
  }
}
