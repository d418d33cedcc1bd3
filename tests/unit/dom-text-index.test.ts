import { describe, expect, it } from 'vitest';
import { findNodeIndex, NODE_SEPARATOR, planWindows, readText } from '@/lib/dom/text-index';

describe('findNodeIndex', () => {
  // Nodes "ab", "", "cde", "f" joined by one separator start at 0, 3, 4, 8.
  const starts = [0, 3, 4, 8];
  it.each([
    [0, 0],
    [1, 0],
    [2, 0], // the separator after "ab" still belongs to the node before it
    [3, 1],
    [4, 2],
    [7, 2],
    [8, 3],
    [50, 3],
  ])('offset %i lies in node %i', (offset, node) => {
    expect(findNodeIndex(starts, offset)).toBe(node);
  });

  it('agrees with a linear search on a long index', () => {
    const long = Array.from({ length: 1000 }, (_, i) => i * 7 + (i % 3));
    for (const offset of [0, 6, 7, 8, 3500, 6999, 7000, 9999]) {
      const linear = long.findLastIndex((start) => start <= offset);
      expect(findNodeIndex(long, offset)).toBe(linear);
    }
  });
});

describe('planWindows', () => {
  it.each([
    [0, 10, 2, 0],
    [10, 10, 2, 1],
    [11, 10, 2, 2],
    [100, 10, 3, 10],
  ])('a text of %i characters in windows of %i (+%i) needs %i windows', (length, size, overlap, count) => {
    expect(planWindows(length, size, overlap)).toHaveLength(count);
  });

  it('keeps every offset in exactly one window and reads the overlap around it', () => {
    const windows = planWindows(25, 10, 3);
    for (let offset = 0; offset < 25; offset++) {
      expect(windows.filter((w) => offset >= w.keepStart && offset < w.keepEnd)).toHaveLength(1);
    }
    expect(windows.map((w) => [w.readStart, w.readEnd])).toEqual([
      [0, 13],
      [7, 23],
      [17, 25],
    ]);
  });
});

describe('readText', () => {
  const datas = ['deep', '', ' tissue ', 'massage', 'x'];
  const joined = datas.join(NODE_SEPARATOR);
  const starts = datas.map((_, i) => datas.slice(0, i).reduce((sum, d) => sum + d.length + NODE_SEPARATOR.length, 0));

  it('reads every stretch exactly as slicing the whole joined text would', () => {
    for (let from = 0; from <= joined.length; from++) {
      for (let to = from; to <= joined.length + 2; to++) {
        expect(readText(datas, starts, from, to), `[${from}, ${to})`).toBe(joined.slice(from, to));
      }
    }
  });

  it('reads nothing from no nodes', () => {
    expect(readText([], [], 0, 10)).toBe('');
  });
});
