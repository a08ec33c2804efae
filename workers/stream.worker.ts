import * as Comlink from 'comlink';
import { streamApi } from './jobs/streamApi.ts';

Comlink.expose(streamApi);
