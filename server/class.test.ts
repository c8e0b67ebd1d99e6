/**
 * The live class end to end, with the real server and the real client on loopback: a
 * teacher and several students; publishing, asking, answering, revealing and ending.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersMap, presenceMap } from '../src/class/classDoc.ts';
import type { StudentClass, TeacherClass } from '../src/class/index.ts';
import {
  latest,
  startTestServer,
  studentAt,
  teacherAt,
  type TestServer,
} from './testing/classFixture.ts';
import { waitFor } from './testing/wait.ts';

const VIEW = { link: 's=1.N4Ig', scene: 'network', step: 3, chapter: 4 } as const;

describe('a live class', { timeout: 60_000 }, () => {
  let running: TestServer;
  let teacher: TeacherClass;
  let students: StudentClass[];

  beforeAll(async () => {
    running = await startTestServer();
    teacher = await teacherAt(running.url);
    students = [0, 1, 2, 3].map(() => studentAt(running.url, teacher.code));
  });
  afterAll(async () => {
    teacher.leave();
    students.forEach((student) => student.leave());
    await running.close();
  });

  it('shows the teacher how many students are connected', async () => {
    const view = latest(teacher.onStudents);
    await waitFor('4 students', () => view()?.count === 4);
    expect(view()?.teacherConnected).toBe(true);
    expect(new Set(view()?.students).size).toBe(4);
  });

  it("brings the teacher's step to every student", async () => {
    const seen = students.map((student) => latest(student.onState));
    expect(teacher.publish(VIEW)).toBe(true);
    await waitFor('every student at step 3', () => seen.every((state) => state()?.step === 3));
    expect(seen[0]?.()).toEqual({ version: 1, ...VIEW, prompt: null, revealed: false });
    teacher.publish({ ...VIEW, step: 4, scene: 'graph' });
    await waitFor('every student at step 4', () =>
      seen.every((state) => state()?.step === 4 && state()?.scene === 'graph'),
    );
  });

  it('collects one answer per student per question into the aggregate', async () => {
    const prompt = { id: 'p1', target: 'neuron-2-0:delta', kind: 'delta' } as const;
    const aggregate = latest(teacher.onAnswers);
    teacher.ask(prompt, 0.5);
    const seen = students.map((student) => latest(student.onState));
    await waitFor('the prompt on every device', () =>
      seen.every((state) => state()?.prompt?.id === 'p1'),
    );
    // The right answer is nowhere in the class document before it is revealed.
    expect(seen[0]?.()?.answer).toBeUndefined();
    const [a, b, c, d] = students as [StudentClass, StudentClass, StudentClass, StudentClass];
    expect(await a.answer('p1', 0.5)).toBe('recorded');
    expect(await b.answer('p1', 0.502)).toBe('recorded');
    expect(await c.answer('p1', -0.5, 'sign')).toBe('recorded');
    expect(await d.answer('p2', 1)).toBe('closed');
    expect(await a.answer('p1', 7)).toBe('duplicate');
    await waitFor('3 answers', () => aggregate()?.answered === 3);
    expect(aggregate()).toMatchObject({ promptId: 'p1', answered: 3, correct: 2, other: 0 });
    expect(aggregate()?.shareCorrect).toBeCloseTo(2 / 3, 12);
    expect(aggregate()?.mistakes).toEqual([{ mistake: 'sign', count: 1, share: 1 / 3 }]);
    // The answers (and who is connected) are in the teacher's document, not in the one the
    // students read: nobody sees the others' answers.
    const classDoc = running.server.hocuspocus.documents.get(teacher.code);
    const teacherDoc = running.server.hocuspocus.documents.get(`${teacher.code}:teacher`);
    expect([classDoc && answersMap(classDoc).size, classDoc && presenceMap(classDoc).size]).toEqual(
      [0, 0],
    );
    expect(teacherDoc && answersMap(teacherDoc).size).toBe(3);
    teacher.reveal();
    await waitFor('the answer revealed', () =>
      seen.every((state) => state()?.revealed && state()?.answer === 0.5),
    );
    expect(await d.answer('p1', 0.5)).toBe('closed');
  });

  it('ends for everyone when the teacher ends it, and its code stops working', async () => {
    const statuses = students.map((student) => latest(student.onStatus));
    await teacher.end();
    // Confirmed by the server (not given up after its 5 s wait).
    expect(latest(teacher.onStatus)()).toEqual({ state: 'ended' });
    await waitFor('every student told the class ended', () =>
      statuses.every((status) => status()?.state === 'ended'),
    );
    const late = latest(studentAt(running.url, teacher.code).onStatus);
    await waitFor('a late joiner refused', () => late()?.state === 'refused');
    expect(late()).toEqual({ state: 'refused', reason: 'unknown-class' });
  });
});
