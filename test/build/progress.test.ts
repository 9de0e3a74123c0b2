import { describe, expect, it } from 'vitest';
import { Progress, showProgress } from '../../src/cli/build/progress.js';

describe('the build progress bar', () => {
  it('draws a bar with the count on a terminal and clears its line at the end', () => {
    let text = '';
    const progress = new Progress({ write: (t: string) => (text += t) }, true);
    progress.stage('写出文件', 4);
    for (let i = 0; i < 4; i++) progress.tick();
    progress.end();
    expect(text).toContain('写出文件 ░░░░░░░░░░░░░░░░░░░░░░░░ 0/4');
    expect(text).toContain('写出文件 ████████████████████████ 4/4');
    expect(text.endsWith('\r\x1b[K')).toBe(true);
    expect(progress.timings.map(([label]) => label)).toEqual(['写出文件']);
  });

  it('is silent when piped, in CI and on a dumb terminal', () => {
    expect(showProgress({ isTTY: true }, {})).toBe(true);
    expect(showProgress({ isTTY: false }, {})).toBe(false);
    expect(showProgress({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(showProgress({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    let text = '';
    const progress = new Progress({ write: (t: string) => (text += t) }, false);
    progress.stage('检查目录', 2);
    progress.tick();
    progress.end();
    expect(text).toBe('');
  });
});
