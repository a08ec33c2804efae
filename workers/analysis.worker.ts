import * as Comlink from 'comlink';
import { analysisApi } from './jobs/analysisApi.ts';

Comlink.expose(analysisApi);
