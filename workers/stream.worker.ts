import * as Comlink from 'comlink';
import { streamWorkerApi } from './jobs/stream/streamJobs.ts';

Comlink.expose(streamWorkerApi);
