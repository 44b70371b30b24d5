/**
 * Imports a file (its bytes, or a stored import's text) in a Web Worker (importWorker.ts), so
 * that parsing and checking a large file never freezes the tab (issue 7: a 10 000-node
 * GraphML was one ~2 s task). The page only rebuilds the graph from the worker's answer
 * (importJob.ts). Where no worker can run (none in this browser or in Node, the script
 * blocked, the worker failing outside the importer), the file is imported here instead, with
 * the importers loaded then: the answer is the same either way.
 */
import type { ImportJob } from '../formats/importJob.ts';
import type { ImportResult } from '../formats/types.ts';
import type { ImportWorkerResponse } from './importWorker.ts';

/** Why the worker could not answer; the import then runs on the main thread. */
class NoWorker extends Error {}

function inWorker(job: ImportJob): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    if (typeof Worker === 'undefined') {
      reject(new NoWorker('no Web Workers here'));
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new NoWorker(String(error)));
      return;
    }
    worker.onmessage = async (event: MessageEvent<ImportWorkerResponse>) => {
      worker.terminate();
      const data = event.data;
      if (!data.ok) {
        // The importer itself threw: the same file would throw here too.
        reject(new Error(data.error));
        return;
      }
      try {
        const { rebuildImport } = await import('../formats/importJob.ts');
        resolve(rebuildImport(data.result));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new NoWorker(event.message || 'the import worker failed'));
    };
    try {
      worker.postMessage(job);
    } catch (error) {
      worker.terminate();
      reject(new NoWorker(String(error)));
    }
  });
}

async function onMainThread({ source, name }: ImportJob): Promise<ImportResult> {
  const { importBytes, importGraph } = await import('../formats/import.ts');
  return typeof source === 'string' ? importGraph(source, name) : importBytes(source, name);
}

export async function readImport(job: ImportJob): Promise<ImportResult> {
  try {
    return await inWorker(job);
  } catch (error) {
    if (!(error instanceof NoWorker)) throw error;
    return onMainThread(job);
  }
}
