import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { csvFileProblem, readCsv } from '../../engine/playground/csv';
import { problemOfPoints } from '../../store/playground/derive';
import type { OwnPoints } from '../../store/playground/fields';
import { useActions } from '../../store/StoreProvider';
import { DEFAULT_TOOLS, type ImportReport, type OwnTools } from './ownTools';

/**
 * What the own-data tools share across the Data mode's columns: the tools' choices (the
 * toolbar sets them, the plane uses them) and CSV import, which the file button and a
 * file dropped on the plane both start, with its report shown by the file buttons; and
 * the toolbar's word that a long press on the plane removed a point.
 */
interface OwnData {
  readonly tools: OwnTools;
  readonly setTools: (change: Partial<OwnTools>) => void;
  readonly report: ImportReport | null;
  readonly dismissReport: () => void;
  /** Reads a CSV file; its points replace the own points only if it has no problem. */
  readonly importFile: (file: File) => Promise<void>;
  /**
   * The points a long press left when it removed one: the toolbar says so while they are
   * the points shown (any later edit, an undo, a link, ends the message).
   */
  readonly pressRemoved: OwnPoints | null;
  readonly setPressRemoved: (after: OwnPoints | null) => void;
}

const OwnDataContext = createContext<OwnData | null>(null);

export function OwnDataProvider({ children }: { children: ReactNode }) {
  const { importOwnPoints } = useActions();
  const [tools, setAll] = useState<OwnTools>(DEFAULT_TOOLS);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [pressRemoved, setPressRemoved] = useState<OwnPoints | null>(null);
  const setTools = useCallback(
    (change: Partial<OwnTools>) => setAll((old) => ({ ...old, ...change })),
    [],
  );
  const importFile = useCallback(
    async (file: File) => {
      const name = file.name;
      const tooLarge = csvFileProblem(file.size);
      if (tooLarge !== null) {
        setReport({ kind: 'refused', name, problems: [tooLarge] });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setReport({ kind: 'unreadable', name });
        return;
      }
      const result = readCsv(text);
      if (!result.ok) {
        setReport({ kind: 'refused', name, problems: result.errors });
        return;
      }
      importOwnPoints(result.points, result.sets);
      // New points get what the file's points are: a value for a regression, else a class
      // (a regression file left "+1" picked, which made the next tap a class point).
      const problem = problemOfPoints({ train: result.points, test: [] });
      setAll((old) =>
        problem === 'regression'
          ? { ...old, label: 'value' }
          : old.label === 'value'
            ? { ...old, label: 'pos' }
            : old,
      );
      setReport({
        kind: 'imported',
        name,
        count: result.points.length,
        problem,
        zeroOneClasses: result.zeroOneClasses,
      });
    },
    [importOwnPoints],
  );
  const value = useMemo(
    () => ({
      tools,
      setTools,
      report,
      dismissReport: () => setReport(null),
      importFile,
      pressRemoved,
      setPressRemoved,
    }),
    [tools, setTools, report, importFile, pressRemoved],
  );
  return <OwnDataContext.Provider value={value}>{children}</OwnDataContext.Provider>;
}

/** The own-data tools of the Data mode shown. */
export function useOwnData(): OwnData {
  const value = useContext(OwnDataContext);
  if (value === null) throw new Error('useOwnData must be used inside the Data mode');
  return value;
}
