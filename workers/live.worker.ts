import * as Comlink from 'comlink';
import { liveApi } from './jobs/liveApi.ts';

Comlink.expose(liveApi);
