import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app/App';
import { initialState } from './components/app/bootstrap';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/StoreProvider';
import './styles/app.css';

/** Creates the app's store from the link (if any) and renders the app. */
function start(container: HTMLElement): void {
  const store = createAppStore(initialState(window.location.search, navigator.languages));
  createRoot(container).render(
    <StrictMode>
      <StoreProvider value={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container !== null) start(container);
