/**
 * A class's lifetime: it survives a server restart (students reconnect and catch up to the
 * teacher), and it ends after the empty timeout with nobody connected, not before.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  latest,
  startTestServer,
  studentAt,
  teacherAt,
  type TestServer,
} from './testing/classFixture.ts';
import { waitFor } from './testing/wait.ts';

const VIEW = { link: 's=1.N4Ig', scene: 'network', step: 1, chapter: 3 } as const;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'class-store-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a class across a server restart', { timeout: 90_000 }, () => {
  it('reconnects every student, who catch up to the teacher; the teacher sees the true count', async () => {
    const dir = tempDir();
    let running: TestServer = await startTestServer({ dir });
    const { port } = running.server;
    const teacher = await teacherAt(running.url);
    const students = [0, 1, 2].map(() => studentAt(running.url, teacher.code));
    const seen = students.map((student) => latest(student.onState));
    const count = latest(teacher.onStudents);
    teacher.publish(VIEW);
    await waitFor('students at step 1', () => seen.every((state) => state()?.step === 1));
    await waitFor('3 students', () => count()?.count === 3);

    await running.close();
    const statuses = students.map((student) => latest(student.onStatus));
    await waitFor('students offline', () =>
      statuses.every((status) => status()?.state === 'offline'),
    );
    // The teacher goes on while the server is down.
    teacher.publish({ ...VIEW, step: 2 });
    running = await startTestServer({ dir, port });

    await waitFor(
      'students caught up to step 2',
      () => seen.every((state) => state()?.step === 2),
      40_000,
    );
    expect(statuses.map((status) => status()?.state)).toEqual([
      'connected',
      'connected',
      'connected',
    ]);
    // The old server's presence entries are swept: 3 students, not 6.
    await waitFor('3 students again', () => count()?.count === 3 && count()?.teacherConnected);

    // Without the teacher, a restarted server still has the class's last state.
    teacher.leave();
    students.forEach((student) => student.leave());
    await running.close();
    running = await startTestServer({ dir, port });
    const late = latest(studentAt(running.url, teacher.code).onState);
    await waitFor('a new student sees step 2', () => late()?.step === 2);
    await running.close();
  });
});

describe('the empty-class timeout', { timeout: 60_000 }, () => {
  it('keeps a class while someone is connected and ends it once nobody has been for the timeout', async () => {
    const emptyTimeoutMs = 1_500;
    const dir = tempDir();
    const running = await startTestServer({ dir, emptyTimeoutMs, timing: { activityMs: 300 } });
    onTestFinished(() => running.close());
    const teacher = await teacherAt(running.url);
    const student = studentAt(running.url, teacher.code);
    const status = latest(student.onStatus);
    await waitFor('the student connected', () => status()?.state === 'connected');
    const file = path.join(dir, `${teacher.code}.json`);
    expect(existsSync(file)).toBe(true);

    // Twice the timeout with the teacher and a student connected: the class lives on.
    const until = Date.now() + 2 * emptyTimeoutMs;
    await waitFor('twice the timeout', () => Date.now() > until);
    expect(await running.store.get(teacher.code)).toBeDefined();
    const secondStudent = studentAt(running.url, teacher.code);
    const second = latest(secondStudent.onStatus);
    await waitFor('a second student connected', () => second()?.state === 'connected');

    teacher.leave();
    student.leave();
    secondStudent.leave();
    await waitFor(
      'the class ended',
      async () => (await running.store.get(teacher.code)) === undefined || null,
    );
    await waitFor('its file removed', () => !existsSync(file));
    const late = latest(studentAt(running.url, teacher.code).onStatus);
    await waitFor('a late joiner refused', () => late()?.state === 'refused');
  });
});
