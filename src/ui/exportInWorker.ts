/**
 * Runs an export job (src/formats/exportJob.ts) in a Web Worker (exportWorker.ts) and answers
 * its file. When no worker can run it (none in this browser, the script blocked, the job not
 * cloneable), it fails with WorkerUnavailable and the menu writes the file itself.
 */
import type { ExportJob } from '../formats/exportJob.ts';
import type { ExportWorkerResponse } from './exportWorker.ts';

export class WorkerUnavailable extends Error {
  constructor(reason: string) {
    super(`no export worker: ${reason}`);
    this.name = 'WorkerUnavailable';
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function exportInWorker(job: ExportJob): Promise<Blob> {
  return new Promise((resolve, reject) => {
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
    worker.onmessage = (event: MessageEvent<ExportWorkerResponse>) => {
      worker.terminate();
      const data = event.data;
      if (data.ok) resolve(data.blob);
      else reject(new Error(data.error));
    };
    // The script did not load or crashed outside the exporter: nothing was written.
    worker.onerror = (event) => {
      worker.terminate();
      reject(new WorkerUnavailable(event.message || 'the export worker failed'));
    };
    try {
      worker.postMessage(job);
    } catch (error) {
      worker.terminate();
      reject(new WorkerUnavailable(reasonOf(error)));
    }
  });
}
