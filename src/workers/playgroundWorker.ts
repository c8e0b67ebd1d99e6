/**
 * The data playground's Web Worker: training, replays, the η search and the maps run
 * here, off the page's thread. The page talks to it through comlink
 * (`startPlaygroundWorker`); frames travel with their typed arrays transferred, not
 * copied.
 */
import { expose } from 'comlink';
import { PlaygroundSession } from './playgroundSession';
import { channelScheduler, createWorkerApi } from './workerApi';

expose(createWorkerApi(new PlaygroundSession(channelScheduler())));
