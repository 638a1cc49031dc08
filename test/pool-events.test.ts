import { describe, expect, it, vi } from 'vitest';
import { WorkerPool } from '../src/batch/pool.js';

// Stand-in workers that take tasks silently, so each test sends their events in the order it needs:
// real threads deliver the same events, but in an order that varies from run to run.
vi.mock('node:worker_threads', async () => {
  const { EventEmitter } = await import('node:events');
  class Worker extends EventEmitter {
    static made: Worker[] = [];
    readonly received: unknown[] = [];
    constructor() {
      super();
      Worker.made.push(this);
    }
    postMessage(task: unknown): void {
      this.received.push(task);
    }
    terminate(): Promise<number> {
      this.emit('exit', 1);
      return Promise.resolve(1);
    }
  }
  return { Worker };
});
const { Worker } = (await import('node:worker_threads')) as unknown as { Worker: { made: Array<{ received: unknown[]; emit(event: string, ...args: unknown[]): void }> } };

describe('WorkerPool, events in the orders Node may send them', () => {
  it("answers a worker sent before it died reach their tasks even when Node emits 'error' first", async () => {
    Worker.made.length = 0;
    const pool = new WorkerPool<number, string>('worker.js', 1);
    const runs = [0, 1, 2, 3, 4, 5].map((n) => pool.run(n));
    const [dying] = Worker.made;
    expect(dying!.received).toEqual([0, 1, 2, 3]);
    dying!.emit('error', new Error('unlucky'));
    dying!.emit('message', 'answer 0');
    dying!.emit('message', 'answer 1');
    // A failing worker takes no more tasks, even when an answer frees a place on it.
    expect(dying!.received).toEqual([0, 1, 2, 3]);
    dying!.emit('exit', 1);
    const replacement = Worker.made[1]!;
    expect(replacement.received).toEqual([3, 4, 5]);
    for (const n of [3, 4, 5]) replacement.emit('message', `answer ${n}`);
    const settled = await Promise.allSettled(runs);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual(['answer 0', 'answer 1', 'unlucky', 'answer 3', 'answer 4', 'answer 5']);
    await pool.close();
  });

  it('closing settles every task still held or queued, so no caller waits forever', async () => {
    Worker.made.length = 0;
    const pool = new WorkerPool<number, string>('worker.js', 1);
    const runs = [0, 1, 2, 3, 4, 5].map((n) => pool.run(n));
    await pool.close();
    const settled = await Promise.allSettled(runs);
    expect(settled.map((s) => s.status)).toEqual(Array(6).fill('rejected'));
    expect(Worker.made).toHaveLength(1);
  });
});
