import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useAppStoreApi } from '../../store/StoreProvider';
import { PlaygroundDriver, type DriverStatus, type FrameSink } from './driver';

export const DriverContext = createContext<PlaygroundDriver | null>(null);

/**
 * The Data mode's driver: its trainer starts when the mode opens and ends when it closes
 * (started again, with a fresh trainer, if the component mounts again).
 */
export function useNewDriver(): PlaygroundDriver {
  const { store, select } = useAppStoreApi();
  const driver = useMemo(() => new PlaygroundDriver(store, select), [store, select]);
  useEffect(() => {
    driver.start();
    return () => driver.dispose();
  }, [driver]);
  return driver;
}

/** The driver of the Data mode being shown. */
export function useDriver(): PlaygroundDriver {
  const driver = useContext(DriverContext);
  if (driver === null) throw new Error('useDriver must be used inside the Data mode');
  return driver;
}

/** The run's status (re-renders only when it changes, not every frame). */
export function useDriverStatus(): DriverStatus {
  const driver = useDriver();
  return useSyncExternalStore(driver.subscribe, driver.getStatus);
}

/** Draws every frame with `sink` while the component is mounted (keep `sink` stable). */
export function useFrameSink(sink: FrameSink): void {
  const driver = useDriver();
  useEffect(() => driver.addSink(sink), [driver, sink]);
}
