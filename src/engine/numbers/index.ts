/** Reading numbers as people type them, and the limits of float64 that every reader shares. */
export {
  NUMBER_PROBLEM_PARAMS,
  readTypedNumber,
  type NumberProblem,
  type NumberProblemCode,
  type TypedNumber,
} from './readTypedNumber';
export { LARGEST_TEXT, SMALLEST_TEXT, magnitudeProblem, type MagnitudeProblem } from './magnitude';
export { readCount, type CountReading } from './readCount';
