import { useRef } from 'react';
import { useAppStoreApi } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { saveScenarioFile } from './saveFile';
import { useOpenScenarioFile } from './useOpenScenarioFile';

/** Save the current scenario as JSON; open one with the file picker (or drop it anywhere). */
export function FileControls() {
  const t = useT();
  const { store, select } = useAppStoreApi();
  const openFile = useOpenScenarioFile();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="file-controls">
      <button
        type="button"
        className="tab"
        onClick={() => saveScenarioFile(select.scenario(store.getState()))}
        data-testid="save-file"
      >
        {t('file.save')}
      </button>
      <button type="button" className="tab" onClick={() => input.current?.click()}>
        {t('file.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="open-file"
        aria-label={t('file.open')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void openFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
