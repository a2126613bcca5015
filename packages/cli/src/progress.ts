/**
 * Progress bars on stderr, shown only to a person at a terminal: in a pipe or a log they would
 * be noise, and the command's summary says what happened anyway.
 */
import cliProgress from 'cli-progress';

export interface Bar {
  /** Starts the bar on the first call; later calls move it. */
  update(value: number, total: number, payload?: Record<string, unknown>): void;
  stop(): void;
}

export function progressBar(format: string, shown = process.stderr.isTTY === true): Bar {
  const bar = new cliProgress.SingleBar(
    { format, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let begun = false;
  return {
    update(value, total, payload = {}) {
      if (!shown) return;
      if (!begun) bar.start(total, 0, payload);
      begun = true;
      bar.setTotal(total);
      bar.update(value, payload);
    },
    stop() {
      if (begun) bar.stop();
      begun = false;
    },
  };
}
