import { describe, expect, it } from 'vitest';
import { belowFloors, evaluateFolder } from '../src/eval/index.js';
import { normaliseForMatch, paragraphRecovery, setF1, shingleCounts, tokenPRF, wordTokens } from '../src/eval/metrics.js';

describe('metrics', () => {
  it('normalises like the corpus scorer', () => {
    expect(normaliseForMatch('  “Quoted” – Title!  ')).toBe('"quoted" - title');
  });
  it('token P/R/F1 on multisets', () => {
    const r = tokenPRF(wordTokens('a b b c'), wordTokens('a b d'));
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 4);
    expect(tokenPRF([], [])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
  it('author set F1 and paragraph recovery', () => {
    expect(setF1(['Ana Ruiz', 'Tom Baker'], ['ana ruiz'])).toBeCloseTo(2 / 3);
    expect(paragraphRecovery(['One.', 'Two.'], ['one', 'three'])).toBe(0.5);
  });
  it('shingle counts are normalised per document', () => {
    const [tp, fp, fn] = shingleCounts('a b c d e', 'a b c d');
    expect(tp + fp + fn).toBeCloseTo(1);
    expect(fp).toBe(0);
  });
});

describe('evaluateFolder on fixtures/eval (scores worked out by hand)', () => {
  const result = evaluateFolder('fixtures/eval');
  const demo = result.bySet.demo!;

  it('scores every field as defined', () => {
    expect(demo.docs).toBe(2);
    // One headline right, one wrong.
    expect(demo.headline).toEqual({ score: 0.5, n: 2 });
    // {Ana Ruiz} against {Ana Ruiz, Tom Baker}: P 1, R 1/2.
    expect(demo.authors.score).toBeCloseTo(2 / 3);
    // "half" keeps a 11-token paragraph the gold leaves out: P = 16/27, R = 1.
    expect(demo.bodyPrecision.score).toBeCloseTo((1 + 16 / 27) / 2);
    expect(demo.bodyRecall.score).toBe(1);
    expect(demo.bodyF1AtLeast09.score).toBe(0.5);
    expect(demo.paragraphs.score).toBe(1);
    expect(demo.published.n).toBe(0);
  });

  it('reports floors that are not met, and only those', () => {
    expect(belowFloors(result, { demo: { headline: 0.5, bodyRecall: 1 } })).toEqual([]);
    expect(belowFloors(result, { demo: { headline: 0.6 } })).toEqual(['demo headline: 0.5000 is below the floor 0.6']);
  });
});
