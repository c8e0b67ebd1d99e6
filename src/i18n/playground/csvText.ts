import { CSV_PROBLEM_PARAMS, type CsvProblem } from '../../engine/playground/csv';
import { renderParams } from '../issues/render';
import type { PlaygroundTranslate } from './translate';

/**
 * A CSV file's problem in the reader's language, with where it is: "Line 4, column 1:
 * x1 = 7 is outside −6 … 6." (a problem of the whole file, line 0, has no place).
 */
export function csvProblemText(t: PlaygroundTranslate, problem: CsvProblem): string {
  const kinds = CSV_PROBLEM_PARAMS[problem.code];
  const message = t(`playground.csv.${problem.code}`, renderParams(t, kinds, problem.params));
  const { line, column } = problem;
  if (line === 0) return message;
  return column > 0
    ? t('playground.file.cell', { line, column, message })
    : t('playground.file.line', { line, message });
}
