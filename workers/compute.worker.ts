import * as Comlink from 'comlink';
import { computeApi } from './jobs/computeApi.ts';

Comlink.expose(computeApi);
