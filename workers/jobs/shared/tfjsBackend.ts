/**
 * Selects tfjs' wasm backend inside a worker, once. WebGL in headless Chromium here is software
 * (SwiftShader) and slower than wasm; the multithreaded wasm build breaks under minification, so
 * threads stay off. The .wasm files are served as Vite asset URLs (no CDN, nothing leaves the page).
 * Import this module lazily (await import) from the jobs that train networks.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

let ready: Promise<string> | null = null;

/** Resolves with the backend name in use ('wasm', or 'cpu' if wasm could not start). */
export function useWasmBackend(): Promise<string> {
  ready ??= (async () => {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths({
      'tfjs-backend-wasm.wasm': wasmPlain,
      'tfjs-backend-wasm-simd.wasm': wasmSimd,
      'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded,
    });
    try {
      if (!(await tf.setBackend('wasm'))) throw new Error('wasm backend refused');
    } catch (e) {
      console.warn('[tfjs] wasm backend unavailable, using cpu', e);
      await tf.setBackend('cpu');
    }
    await tf.ready();
    return tf.getBackend();
  })();
  return ready;
}
