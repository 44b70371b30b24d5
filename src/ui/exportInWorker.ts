/**
 * Runs an export job (src/formats/exportJob.ts) in a Web Worker (exportWorker.ts) and answers
 * its file. When no worker can run it (none in this browser, the script blocked, the job not
 * cloneable), it fails with WorkerUnavailable and the menu writes the file itself. Aborting
 * `signal` (the menu closed) stops the worker: no file comes of it.
 */
import { splitJob, type ExportJob } from '../formats/exportJob.ts';
import type { ExportWorkerResponse } from './exportWorker.ts';

export class WorkerUnavailable extends Error {
  constructor(reason: string) {
    super(`no export worker: ${reason}`);
    this.name = 'WorkerUnavailable';
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Why an aborted export failed: the signal's reason, or an AbortError. */
const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The export was cancelled.', 'AbortError');

export function exportInWorker(job: ExportJob, signal?: AbortSignal): Promise<Blob> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    if (typeof Worker === 'undefined') {
      reject(new WorkerUnavailable('this browser has no Web Workers'));
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new WorkerUnavailable(reasonOf(error)));
      return;
    }
    let stopped = false;
    const stop = () => {
      stopped = true;
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(abortReason(signal as AbortSignal));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<ExportWorkerResponse>) => {
      stop();
      const data = event.data;
      if (data.ok) resolve(data.blob);
      else reject(new Error(data.error));
    };
    // The script did not load or crashed outside the exporter: nothing was written.
    worker.onerror = (event) => {
      stop();
      reject(new WorkerUnavailable(event.message || 'the export worker failed'));
    };
    // The job goes in parts, a task each: cloning a 50 000-node job at once held the main
    // thread ~0.45 s (splitJob). The first part goes at once.
    const parts = splitJob(job);
    let next = 0;
    const send = () => {
      if (signal?.aborted || stopped) return;
      try {
        worker.postMessage(parts[next]);
      } catch (error) {
        stop();
        reject(new WorkerUnavailable(reasonOf(error)));
        return;
      }
      next += 1;
      if (next < parts.length) setTimeout(send, 0);
    };
    send();
  });
}
