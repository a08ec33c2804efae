import * as Comlink from 'comlink';

/**
 * A stand-in for a Web Worker in Node tests: the API is exposed on one end of a MessageChannel
 * in this thread. terminate() closes the channel, as a real terminate cuts the worker off.
 */
export function fakeWorker(api: object): Worker {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(api, port2);
  const target = new EventTarget();
  const fake = {
    postMessage: (msg: unknown, transfer?: Transferable[]) =>
      port1.postMessage(msg, transfer ?? []),
    addEventListener: (type: string, fn: EventListener) =>
      type === 'message'
        ? port1.addEventListener(type, fn as never)
        : target.addEventListener(type, fn),
    removeEventListener: (type: string, fn: EventListener) =>
      type === 'message'
        ? port1.removeEventListener(type, fn as never)
        : target.removeEventListener(type, fn),
    dispatchEvent: (e: Event) => target.dispatchEvent(e),
    terminate: () => {
      port1.close();
      port2.close();
    },
    start: () => port1.start(),
  };
  port1.start();
  return fake as unknown as Worker;
}
