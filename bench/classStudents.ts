/**
 * One process of simulated students for the class benchmark (forked by class.bench.ts):
 * real provider clients, each with its own Yjs document, as phones in a lecture hall would
 * be. Spreading the students over a few processes keeps one event loop from decoding every
 * student's copy of a step in turn, which would measure the simulation instead of the server.
 *
 * Messages from the parent: `{ join: { urls, code, count } }`, then `{ leave: true }`.
 * To the parent: `{ ready: true }` once loaded, `{ joined: n }` once all are connected, and `{ step, at: number[] }` with
 * the absolute time (ms) each student received each step.
 */
import { performance } from 'node:perf_hooks';
import type { StudentClass } from '../src/class/index.ts';
import { studentAt } from '../server/testing/classFixture.ts';

interface Join {
  readonly urls: readonly string[];
  readonly code: string;
  readonly count: number;
}

const now = () => performance.timeOrigin + performance.now();
const students: StudentClass[] = [];
const receipts = new Map<number, number[]>();
const send = (message: object) => process.send?.(message);

function join({ urls, code, count }: Join): void {
  let connected = 0;
  for (let i = 0; i < count; i++) {
    const student = studentAt(urls[i % urls.length] ?? '', code);
    let joined = false;
    student.onStatus((status) => {
      if (status.state !== 'connected' || joined) return;
      joined = true;
      connected += 1;
      if (connected === count) send({ joined: count });
    });
    student.onState((state) => {
      if (state === null) return;
      const at = receipts.get(state.step) ?? [];
      at.push(now());
      receipts.set(state.step, at);
      if (at.length === count) {
        send({ step: state.step, at });
        receipts.delete(state.step);
      }
    });
    students.push(student);
  }
}

process.on('message', (message: { join?: Join; leave?: boolean }) => {
  if (message.join) join(message.join);
  if (message.leave) {
    students.forEach((student) => student.leave());
    setTimeout(() => process.exit(0), 200);
  }
});

send({ ready: true });
