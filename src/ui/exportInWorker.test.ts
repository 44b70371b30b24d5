import { MultiDirectedGraph } from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportJob, JobAssembler, type ExportJobPart } from '../formats/exportJob.ts';
import type { ClaimGraph } from '../model/build.ts';
import { exportInWorker, WorkerUnavailable } from './exportInWorker.ts';

/** A stand-in for the browser's Worker: records what it is sent and whether it was stopped. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor(readonly url: URL) {
    FakeWorker.made.push(this);
  }
  postMessage(data: unknown) {
    this.sent.push(data);
  }
  terminate() {
    this.terminated = true;
  }
}

const emptyJob = () =>
  exportJob(new MultiDirectedGraph() as ClaimGraph, 'gexf', { documentId: 'd' }, 'd');

describe('exportInWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.made = [];
  });
  const start = (signal?: AbortSignal) => {
    vi.stubGlobal('Worker', FakeWorker);
    const file = exportInWorker(emptyJob(), signal);
    const worker = FakeWorker.made[0] as FakeWorker;
    return { file, worker };
  };

  it("sends the job to exportWorker.ts and answers the worker's file", async () => {
    const { file, worker } = start();
    expect(worker.url.pathname).toMatch(/exportWorker\.ts$/);
    await vi.waitFor(() => expect(worker.sent.at(-1)).toEqual({ part: 'end' }));
    const assembler = new JobAssembler();
    const jobs = worker.sent.map((part) => assembler.add(part as ExportJobPart));
    expect(jobs.at(-1)).toEqual(emptyJob());
    const blob = new Blob(['<gexf/>']);
    worker.onmessage?.({ data: { ok: true, blob } });
    await expect(file).resolves.toBe(blob);
    expect(worker.terminated).toBe(true);
  });

  it("fails with the exporter's own message", async () => {
    const { file, worker } = start();
    worker.onmessage?.({ data: { ok: false, error: 'GraphML cannot hold this' } });
    await expect(file).rejects.toThrow('GraphML cannot hold this');
  });

  it('stops the worker when the export is cancelled, and ignores a late answer', async () => {
    const controller = new AbortController();
    const { file, worker } = start(controller.signal);
    controller.abort();
    await expect(file).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    worker.onmessage?.({ data: { ok: true, blob: new Blob(['late']) } });
    await expect(file).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('sends a large job a part a task, and no more parts once cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const graph = new MultiDirectedGraph();
    for (let i = 0; i < 12_000; i++) graph.addNode(`n${i}`);
    const controller = new AbortController();
    const file = exportInWorker(
      exportJob(graph as ClaimGraph, 'gexf', { documentId: 'd' }, 'd'),
      controller.signal,
    );
    const worker = FakeWorker.made[0] as FakeWorker;
    // The head at once; the nodes (three parts) in the tasks after.
    expect(worker.sent).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(worker.sent).toHaveLength(2);
    controller.abort();
    await expect(file).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(worker.sent).toHaveLength(2);
  });

  it('starts no worker for an export cancelled already', async () => {
    const controller = new AbortController();
    controller.abort();
    const { file } = start(controller.signal);
    await expect(file).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('says no worker can run the job when the worker fails to load (the menu then writes it)', async () => {
    const { file, worker } = start();
    worker.onerror?.({ message: 'blocked by the Content Security Policy' });
    await expect(file).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(worker.terminated).toBe(true);
  });

  it('says no worker can run the job where there are no Web Workers (the menu then writes it)', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(exportInWorker(emptyJob())).rejects.toBeInstanceOf(WorkerUnavailable);
  });
});
