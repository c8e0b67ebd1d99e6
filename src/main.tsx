import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app/App';
import { initialState } from './components/app/bootstrap';
import { createAppStore } from './store/createAppStore';
import { browserStorage, readStoredState, storeState } from './store/persist';
import { StoreProvider } from './store/StoreProvider';
import { syncUrl } from './store/url/syncUrl';
import './styles/app.css';
import './pwa/register';

/**
 * Creates the app's store from the link (or the state kept from last time), keeps the
 * address bar and localStorage in step with it, and renders the app.
 */
function start(container: HTMLElement): void {
  const storage = browserStorage();
  const app = createAppStore(
    initialState(window.location.search, navigator.languages, readStoredState(storage)),
  );
  syncUrl(app.store, {
    window,
    totalFor: (state) => app.select.total(state),
    onWrite: (payload) => storeState(storage, payload),
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
