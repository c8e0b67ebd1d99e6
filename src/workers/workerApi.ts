import { transfer } from 'comlink';
import type { MapRequest, PlaygroundApi, PlaygroundFrame } from './playgroundProtocol';
import type { PlaygroundSession, Scheduler } from './playgroundSession';

/**
 * Yields through a MessageChannel rather than setTimeout, which browsers clamp to 4 ms
 * once timers nest: the worker gets back to work at once after answering any message.
 */
export function channelScheduler(): Scheduler {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    now: () => performance.now(),
    defer: (task) => {
      queue.push(task);
      channel.port2.postMessage(null);
    },
    later: (task, ms) => void setTimeout(task, ms),
  };
}

/** The typed arrays of a frame, to transfer instead of copy. */
export function frameBuffers(frame: PlaygroundFrame | null): ArrayBuffer[] {
  if (frame === null) return [];
  const arrays = [frame.theta, frame.decision?.values, frame.neurons?.values, frame.delta?.values];
  const buffers: ArrayBuffer[] = [];
  for (const a of arrays)
    if (a && a.buffer instanceof ArrayBuffer && !buffers.includes(a.buffer)) buffers.push(a.buffer);
  return buffers;
}

/** The session as comlink exposes it: the same calls, with each frame's arrays transferred. */
export function createWorkerApi(session: PlaygroundSession): PlaygroundApi {
  return {
    configure: (config) => session.configure(config),
    play: () => session.play(),
    pause: () => session.pause(),
    step: (count) => session.step(count),
    reset: () => session.reset(),
    setHyperparameters: (hyper) => session.setHyperparameters(hyper),
    editParameter: (index, value) => session.editParameter(index, value),
    setSpeed: (speed) => session.setSpeed(speed),
    applySuggestion: () => session.applySuggestion(),
    frame: (request?: MapRequest, recycle?: ArrayBuffer[]) => {
      const frame = session.frame(request, recycle);
      return transfer(frame, frameBuffers(frame));
    },
  };
}
