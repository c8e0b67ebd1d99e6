import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './createAppStore';
import type { Selectors } from './selectors';
import type { Actions, AppState } from './types';

const StoreContext = createContext<AppStore | null>(null);

/** Makes one app store available to the components below it. */
export function StoreProvider({ value, children }: { value: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

function useAppStoreContext(): AppStore {
  const value = useContext(StoreContext);
  if (value === null) throw new Error('useAppState must be used inside <StoreProvider>');
  return value;
}

/**
 * Subscribes to one slice of the app state. The component re-renders only when the
 * selected value changes (Object.is), so select primitives or stable objects; wrap
 * selectors that build new arrays with `useShallow`.
 *
 * @example const cursor = useAppState((s) => s.cursor);
 */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreContext().store, selector);
}

/**
 * Subscribes to a derived value, computed by the store's memoised selectors.
 *
 * @example const trace = useDerived((select, s) => select.trace(s));
 */
export function useDerived<T>(selector: (select: Selectors, state: AppState) => T): T {
  const { store, select } = useAppStoreContext();
  return useStore(store, (s) => selector(select, s));
}

/** The store's actions; stable for the store's lifetime, so safe in effects. */
export function useActions(): Actions {
  return useAppStoreContext().actions;
}

/** The raw store, for effects that subscribe outside React's render (URL sync, keys). */
export function useAppStoreApi(): AppStore {
  return useAppStoreContext();
}
