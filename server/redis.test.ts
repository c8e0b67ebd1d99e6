/**
 * Scaling out: two class server processes sharing a real redis-server serve one class. The
 * teacher is on one, the students on both; the class is created on one and joined on the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentClass, TeacherClass } from '../src/class/index.ts';
import {
  latest,
  spawnServer,
  studentAt,
  teacherAt,
  type ChildServer,
} from './testing/classFixture.ts';
import { startRedis, type RunningRedis } from './testing/redis.ts';
import { waitFor } from './testing/wait.ts';

const VIEW = { link: 's=1.N4Ig', scene: 'network', step: 1, chapter: 4 } as const;

describe('two class servers sharing Redis', { timeout: 90_000 }, () => {
  let redis: RunningRedis;
  let servers: ChildServer[] = [];
  let teacher: TeacherClass;
  let students: StudentClass[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    servers = await Promise.all([
      spawnServer({ REDIS_URL: redis.url }),
      spawnServer({ REDIS_URL: redis.url }),
    ]);
  }, 60_000);
  afterAll(async () => {
    teacher?.leave();
    students.forEach((student) => student.leave());
    await Promise.all(servers.map((server) => server.stop()));
    await redis?.stop();
  }, 60_000);

  it('serves one class: teacher on one process, students on both', async () => {
    const [a, b] = servers as [ChildServer, ChildServer];
    expect(a.url).not.toBe(b.url);
    teacher = await teacherAt(a.url);
    // Created on A, joined on B: the code is found through Redis.
    students = [b, b, b, a].map((server) => studentAt(server.url, teacher.code));
    const seen = students.map((student) => latest(student.onState));
    const count = latest(teacher.onStudents);
    await waitFor('4 students across both servers', () => count()?.count === 4, 40_000);

    teacher.publish(VIEW);
    await waitFor(
      'every student at step 1',
      () => seen.every((state) => state()?.step === 1),
      40_000,
    );
    teacher.publish({ ...VIEW, step: 2 });
    await waitFor(
      'every student at step 2',
      () => seen.every((state) => state()?.step === 2),
      40_000,
    );

    const aggregate = latest(teacher.onAnswers);
    teacher.ask({ id: 'q1', target: 'edge-1-0-1:grad', kind: 'grad' }, 0.25);
    await waitFor(
      'the question everywhere',
      () => seen.every((state) => state()?.prompt?.id === 'q1'),
      40_000,
    );
    const results = await Promise.all(
      students.map((student, i) =>
        student.answer('q1', i < 3 ? 0.25 : 0.5, i < 3 ? undefined : 'missing-gain'),
      ),
    );
    expect(results).toEqual(['recorded', 'recorded', 'recorded', 'recorded']);
    await waitFor('4 answers at the teacher', () => aggregate()?.answered === 4, 40_000);
    expect(aggregate()).toMatchObject({ answered: 4, correct: 3, shareCorrect: 0.75 });
    expect(aggregate()?.mistakes).toEqual([{ mistake: 'missing-gain', count: 1, share: 0.25 }]);

    const statuses = students.map((student) => latest(student.onStatus));
    await teacher.end();
    await waitFor(
      'the class ended on both servers',
      () => statuses.every((status) => status()?.state === 'ended'),
      40_000,
    );
  });
});
