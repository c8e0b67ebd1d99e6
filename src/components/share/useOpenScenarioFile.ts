import { useCallback } from 'react';
import { MAX_FILE_MB, issue, parseScenarioText } from '../../engine';
import { SCENE_FOR_SCENARIO } from '../../store/scenes';
import { useActions } from '../../store/StoreProvider';

/**
 * Reads a scenario file. A valid one becomes the current scenario as one undoable edit
 * and opens its scene; an invalid one is refused with every problem listed, and the
 * current state stays exactly as it was.
 */
export function useOpenScenarioFile(): (file: File) => Promise<void> {
  const { editNetwork, editGraph, setScene, setError } = useActions();
  return useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_MB * 1024 * 1024) {
        setError({
          source: 'file',
          issues: [
            issue('', 'file-too-large', `the file is larger than ${MAX_FILE_MB} MB`, {
              max: MAX_FILE_MB,
            }),
          ],
        });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setError({
          source: 'file',
          issues: [issue('', 'file-unreadable', 'the file could not be read', {})],
        });
        return;
      }
      const parsed = parseScenarioText(text);
      if (!parsed.ok) {
        setError({ source: 'file', issues: parsed.errors });
        return;
      }
      setError(null);
      if (parsed.scenario.kind === 'network') editNetwork(parsed.scenario);
      else editGraph(parsed.scenario);
      setScene(SCENE_FOR_SCENARIO[parsed.scenario.kind]);
    },
    [editNetwork, editGraph, setScene, setError],
  );
}
