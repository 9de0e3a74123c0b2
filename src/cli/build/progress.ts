/**
 * A one-line progress bar on a terminal's stderr: the stage and, when it has a count, a bar. Off when
 * stderr is not a terminal or in CI (the CI environment variable), so logs and pipes get none.
 */
export class Progress {
  private label = '';
  private total = 0;
  private done = 0;
  private last = 0;
  private started = performance.now();
  private cpu = process.cpuUsage();
  /** Wall and CPU seconds per stage, in order, for GKML_TIMING. */
  readonly timings: [string, number, number][] = [];

  constructor(
    private readonly stream: { write(text: string): unknown },
    readonly enabled: boolean,
  ) {}

  stage(label: string, total = 0): void {
    this.lap();
    this.label = label;
    this.total = total;
    this.done = 0;
    this.draw(true);
  }

  /** Where a stage whose total was not known at its start has got to. */
  count(done: number, total: number): void {
    this.total = total;
    this.done = done;
    this.draw(done === total);
  }

  tick(n = 1): void {
    this.done += n;
    this.draw(this.done === this.total);
  }

  /** Clears the line, so what follows starts clean. */
  end(): void {
    this.lap();
    this.label = '';
    if (this.enabled) this.stream.write('\r\x1b[K');
  }

  private lap(): void {
    const now = performance.now();
    const cpu = process.cpuUsage(this.cpu);
    if (this.label) this.timings.push([this.label, (now - this.started) / 1000, (cpu.user + cpu.system) / 1e6]);
    this.started = now;
    this.cpu = process.cpuUsage();
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 80) return;
    this.last = now;
    if (this.total === 0) return void this.stream.write(`\r\x1b[K${this.label}…`);
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    this.stream.write(`\r\x1b[K${this.label} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${this.done}/${this.total}`);
  }
}

/** Progress is shown on an interactive terminal only. */
export function showProgress(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== 'dumb';
}
