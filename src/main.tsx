import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app/App';
import { initialState } from './store/bootstrap';
import { createAppStore } from './store/createAppStore';
import { createStoreSelectors } from './store/selectors';
import {
  browserStorage,
  createPersister,
  readStoredState,
  storageWarning,
  withStoredStateSetAside,
} from './store/persist';
import { StoreProvider } from './store/StoreProvider';
import { syncUrl } from './store/url/syncUrl';
import './styles/app.css';
import './pwa/register';

/**
 * Creates the app's store from the link (or the state kept from last time), keeps the
 * address bar and localStorage in step with it, and renders the app. A stored state that
 * cannot be read is copied aside before anything is stored over it; when storing fails,
 * the page says so (once) and offers to save the scenario as a file.
 */
function start(container: HTMLElement): void {
  const storage = browserStorage();
  const stored = readStoredState(storage);
  const selectors = createStoreSelectors();
  const opening = initialState(
    window.location.search,
    navigator.languages,
    stored,
    selectors.select,
  );
  const { state, keep } = withStoredStateSetAside(opening, storage, stored, new Date());
  const app = createAppStore(state, selectors);
  const persist = createPersister(
    storage,
    (failure) => {
      const warning = storageWarning(app.store.getState().error, failure);
      if (warning !== undefined) app.store.getState().setError(warning);
      return warning !== undefined;
    },
    keep,
  );
  syncUrl(app.store, {
    window,
    totalFor: (s) => app.select.total(s),
    onWrite: (payload) => void persist(payload),
  });
  createRoot(container).render(
    <StrictMode>
      <StoreProvider value={app}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container !== null) start(container);
