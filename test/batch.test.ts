import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../src/batch/ordered.js';

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
