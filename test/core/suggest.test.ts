import { describe, expect, it } from 'vitest';
import { editDistance, likelyValues, nearest } from '../../src/core/suggest.js';

describe('suggestions', () => {
  it('counts a Chinese character as one edit', () => {
    expect(editDistance('政府网占', '政府网站')).toBe(1);
    expect(editDistance('', '政府')).toBe(2);
  });

  it('suggests the nearest allowed value only when it is a likely typo', () => {
    const channels = ['政府网站', '政府公报', '两微一端'];
    expect(nearest('政府网占', channels)).toBe('政府网站');
    expect(nearest('广播电视台', channels)).toBeUndefined();
  });

  it('offers both halves of a conflated area name (救灾生产)', () => {
    expect(likelyValues('救灾生产', ['安全生产', '救灾', '社会救助'])).toEqual(['安全生产', '救灾']);
  });
});
