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

  it('counts a stage whose total it learns as it goes (the catalogue files being checked)', async () => {
    let text = '';
    const { twoPublisherWorkspace } = await import('./helpers.js');
    const ws = await twoPublisherWorkspace();
    const progress = new Progress({ write: (t: string) => (text += t) }, true);
    progress.stage('检查目录');
    progress.count(1, 2);
    progress.count(2, 2);
    expect(text).toContain('检查目录 ████████████████████████ 2/2');
    // The build shows it on a terminal (stderr a TTY, not CI).
    let stderr = '';
    const { main } = await import('../../src/cli/main.js');
    await main({ argv: ['build'], cwd: ws, env: { NO_COLOR: '1' }, stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t), isTTY: true } });
    expect(stderr).toContain('检查目录 ████████████████████████ 2/2');
    expect(stderr).toContain('写出文件');
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
