import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './formatDate.ts';

describe('formatPartialDate', () => {
  it('reads years, months and days', () => {
    expect(formatPartialDate('2023')).toBe('2023');
    expect(formatPartialDate('2023-07')).toBe('July 2023');
    expect(formatPartialDate('2023-09-13')).toBe('13 September 2023');
  });

  it('leaves anything else as it is', () => {
    expect(formatPartialDate('2023-13')).toBe('2023-13');
    expect(formatPartialDate('soon')).toBe('soon');
  });
});
