import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../src/batch/ordered.js';
import { WorkerPool } from '../src/batch/pool.js';

describe('mapOrdered', () => {
  it('yields in input order whatever order the work finishes in', async () => {
    const delays = [30, 5, 20, 1, 10, 0];
    const out: number[] = [];
    for await (const r of mapOrdered(delays.keys(), (i) => new Promise<number>((res) => setTimeout(() => res(i), delays[i])), 3)) out.push(r);
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('never has more than `concurrency` items in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const work = async (i: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((res) => setTimeout(res, 2));
      inFlight--;
      return i;
    };
    const out: number[] = [];
    for await (const r of mapOrdered(Array.from({ length: 50 }, (_, i) => i), work, 4)) out.push(r);
    expect(out).toHaveLength(50);
    expect(most).toBeLessThanOrEqual(4);
  });
});

describe('WorkerPool', () => {
  // A worker that answers n with n * 2 and dies on 13: the pool keeps several tasks on each worker.
  const script = new URL(
    'data:text/javascript,' +
      encodeURIComponent(
        "import { parentPort } from 'node:worker_threads';" +
          "parentPort.on('message', (n) => { if (n === 13) throw new Error('unlucky'); parentPort.postMessage(n * 2); });",
      ),
  );

  it('answers every task from the worker that took it, across more tasks than workers hold', async () => {
    const pool = new WorkerPool<number, number>(script, 2);
    try {
      const tasks = Array.from({ length: 40 }, (_, i) => 100 + i);
      expect(await Promise.all(tasks.map((n) => pool.run(n)))).toEqual(tasks.map((n) => n * 2));
    } finally {
      await pool.close();
    }
  });

  it('a dying worker fails only the task it was on; the tasks queued behind it are answered by others', async () => {
    const pool = new WorkerPool<number, number>(script, 1);
    try {
      const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => pool.run(n)));
      expect(settled.filter((s) => s.status === 'rejected').map((s) => (s as PromiseRejectedResult).reason.message)).toEqual(['unlucky']);
      expect(settled[13]!.status).toBe('rejected');
      expect(settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))).toEqual(Array.from({ length: 20 }, (_, n) => n * 2).filter((v) => v !== 26));
    } finally {
      await pool.close();
    }
  });
});
