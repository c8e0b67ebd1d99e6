/**
 * The live class client, framework-free (no React, no store): factory functions that return
 * a handle, for the app's store to drive. Load it lazily: it brings Yjs and the Hocuspocus
 * provider. To ask whether a class server is there at all, use `./serverUrls` alone.
 */
export {
  startClass,
  ClassStartError,
  type TeacherClass,
  type TeacherView,
  type ClassCredentials,
} from './teacher';
export { joinClass, type StudentClass, type AnswerOutcome } from './student';
export type { ClassStatus, ConnectOptions, WebSocketConstructor } from './connection';
export type { StudentsView } from './classDoc';
export {
  aggregateAnswers,
  withinOnePercent,
  type AnswerAggregate,
  type AnswerBin,
  type AnswerJudge,
  type MistakeShare,
} from './aggregate';
export { classServerFor, isClassServerReachable, joinLink } from './serverUrls';
export { formatJoinCode, normalizeJoinCode } from './credentials';
export * from './protocol';
