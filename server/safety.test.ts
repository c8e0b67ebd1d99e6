/**
 * Only the teacher can drive a class: a student's forged document update is refused by
 * the server; bad frames close only the socket that sent them; wrong codes are rate-limited.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readClassState, writeClassState } from '../src/class/classDoc.ts';
import { newStudentId, studentToken } from '../src/class/credentials.ts';
import type { StudentClass, TeacherClass } from '../src/class/index.ts';
import { classSocketUrl } from '../src/class/serverUrls.ts';
import {
  latest,
  startTestServer,
  studentAt,
  teacherAt,
  type TestServer,
} from './testing/classFixture.ts';
import { authFrame, frame, openRawSocket } from './testing/rawClient.ts';
import { waitFor } from './testing/wait.ts';

const VIEW = { link: 's=1.N4Ig', scene: 'network', step: 5, chapter: 4 } as const;

describe('class safety', { timeout: 60_000 }, () => {
  let running: TestServer;
  let teacher: TeacherClass;
  let student: StudentClass;

  beforeAll(async () => {
    running = await startTestServer({ failedJoins: { limit: 5, windowMs: 60_000 } });
    teacher = await teacherAt(running.url);
    student = studentAt(running.url, teacher.code);
    teacher.publish(VIEW);
    const state = latest(student.onState);
    await waitFor('the student following', () => state()?.step === 5);
  });
  afterAll(async () => {
    teacher.leave();
    student.leave();
    await running.close();
  });

  /** The teacher can still drive the class and the student still follows. */
  async function classStillWorks(step: number) {
    const state = latest(student.onState);
    teacher.publish({ ...VIEW, step });
    await waitFor(`the student at step ${step}`, () => state()?.step === step);
  }

  it("refuses a student's forged update (with the real provider): nobody's state changes", async () => {
    const forged = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({
      url: classSocketUrl(running.url),
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: teacher.code,
      document: forged,
      token: studentToken(newStudentId()),
      awareness: null,
    });
    provider.attach();
    await waitFor(
      'the forger synced',
      // Synced, and the server has answered the provider's own sync reply.
      () => provider.isSynced && !provider.hasUnsyncedChanges && readClassState(forged)?.step === 5,
    );
    // The server answers an update with a sync status: 1 applied, 0 refused.
    const verdict = new Promise<number>((resolve) =>
      provider.on('message', ({ event }: { event: { data: ArrayBuffer } }) => {
        const decoder = decoding.createDecoder(new Uint8Array(event.data));
        decoding.readVarString(decoder);
        if (decoding.readVarUint(decoder) === 8) resolve(decoding.readVarInt(decoder));
      }),
    );
    writeClassState(forged, {
      version: 1,
      link: 's=1.evil',
      scene: 'graph',
      step: 99,
      chapter: null,
      prompt: null,
      revealed: false,
    });
    expect(await verdict).toBe(0);
    // A fresh student, the teacher and the server's own copy all still hold step 5.
    const fresh = studentAt(running.url, teacher.code);
    const freshState = latest(fresh.onState);
    await waitFor('a fresh student synced', () => freshState()?.step === 5);
    const serverDoc = running.server.hocuspocus.documents.get(teacher.code);
    expect(serverDoc && readClassState(serverDoc)?.step).toBe(5);
    expect(latest(student.onState)()?.step).toBe(5);
    expect(provider.hasUnsyncedChanges).toBe(true);
    provider.destroy();
    socket.destroy();
    fresh.leave();
    await classStillWorks(6);
  });

  it("refuses a student at the teacher's document (the answers and who is connected)", async () => {
    const socket = new HocuspocusProviderWebsocket({
      url: classSocketUrl(running.url),
      WebSocketPolyfill: WebSocket,
    });
    const reason = new Promise<string>((resolve) => {
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: `${teacher.code}:teacher`,
        token: studentToken(newStudentId()),
        awareness: null,
        onAuthenticationFailed: ({ reason: why }) => resolve(why),
      });
      provider.attach();
    });
    expect(await reason).toBe('forbidden');
    socket.destroy();
  });

  it('closes a socket that sends a malformed frame, and only that one', async () => {
    const raw = await openRawSocket(running.url);
    raw.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(await raw.closed).toBeGreaterThanOrEqual(4000);
    await classStillWorks(7);
  });

  it('closes a socket that sends an oversized frame, and only that one', async () => {
    const raw = await openRawSocket(running.url);
    raw.send(new Uint8Array(2 * 1024 * 1024));
    expect(await raw.closed).toBe(1009);
    // A student may not send even 20 KB once authenticated.
    const student2 = await openRawSocket(running.url);
    student2.send(authFrame(teacher.code, studentToken(newStudentId())));
    await new Promise((resolve) => student2.ws.once('message', resolve));
    student2.send(
      frame(teacher.code, 5, (encoder) =>
        encoding.writeUint8Array(encoder, new Uint8Array(20_000)),
      ),
    );
    expect(await student2.closed).toBe(4413);
    await classStillWorks(8);
  });

  it('closes a socket that sends awareness or a broadcast, without passing it on', async () => {
    const heard: Buffer[] = [];
    const listener = await openRawSocket(running.url);
    listener.send(authFrame(teacher.code, studentToken(newStudentId())));
    listener.ws.on('message', (data: Buffer) => heard.push(data));
    await waitFor('the listener authenticated', () => heard.length > 0);
    for (const type of [1, 6]) {
      const raw = await openRawSocket(running.url);
      raw.send(authFrame(teacher.code, studentToken(newStudentId())));
      raw.send(frame(teacher.code, type, (encoder) => encoding.writeVarString(encoder, 'spam')));
      expect(await raw.closed).toBe(4403);
    }
    expect(heard.some((data) => data.includes(Buffer.from('spam')))).toBe(false);
    listener.ws.close();
    await classStillWorks(9);
  });

  it('rate-limits failed joins per address: after 5, even the right code is refused', async () => {
    // One failure so far (the student at the teacher's document); wrong codes add the rest.
    const reasons: string[] = [];
    for (let i = 0; i < 6 && !reasons.includes('rate-limited'); i++) {
      const status = latest(studentAt(running.url, `ZZZZZZZ${i}`).onStatus);
      const refused = await waitFor(`wrong code ${i} refused`, () => {
        const now = status();
        return now?.state === 'refused' ? now : null;
      });
      reasons.push(refused.reason);
    }
    expect(reasons).toEqual([
      'unknown-class',
      'unknown-class',
      'unknown-class',
      'unknown-class',
      'rate-limited',
    ]);
    const blocked = latest(studentAt(running.url, teacher.code).onStatus);
    await waitFor('the right code refused too', () => blocked()?.state === 'refused');
    expect(blocked()).toEqual({ state: 'refused', reason: 'rate-limited' });
    // Connections already open are not affected.
    await classStillWorks(10);
  });
});
