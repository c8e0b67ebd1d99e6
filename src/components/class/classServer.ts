/**
 * Finding the class server of this page and loading the class client (Yjs and the
 * Hocuspocus provider) only once there is one.
 */
import { classServerFor, isClassServerReachable } from '../../class/serverUrls';

/** The class server of this page, or null when there is none (file://, a static host). */
export async function findClassServer(): Promise<string | null> {
  const server = classServerFor(window.location.href);
  return (await isClassServerReachable(server)) ? server : null;
}

/** The class client, loaded on first use. */
export const loadClassClient = () => import('../../class');
