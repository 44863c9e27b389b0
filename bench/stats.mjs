// Small statistics and table helpers shared by the benchmark rows.

/** The median of a list of numbers (the mean of the two middle values for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `subject` and `baseline` in interleaved rounds: `warmup` unrecorded rounds first, then `rounds`
 * recorded ones. Each round calls `beforeEach` (untimed: fresh inputs, a full GC), then splits the work into
 * `chunks` slices and times each slice for both sides back to back, alternating which side goes first,
 * so drift (other processes, thermal, turbo) lands on both sides alike. `subject(chunk)` and
 * `baseline(chunk)` time one slice themselves and return its milliseconds.
 *
 * Returns the medians of the per-round totals and the median of the per-round ratios (the headline
 * figure: each ratio compares two measurements taken within milliseconds of each other).
 */
export async function interleave({ subject, baseline, rounds, warmup, chunks = 1, beforeEach = () => {} }) {
  const subjectTimes = [];
  const baselineTimes = [];
  for (let round = 0; round < warmup + rounds; round += 1) {
    await beforeEach();
    let s = 0;
    let b = 0;
    for (let chunk = 0; chunk < chunks; chunk += 1) {
      if ((round + chunk) % 2 === 0) {
        s += await subject(chunk);
        b += await baseline(chunk);
      } else {
        b += await baseline(chunk);
        s += await subject(chunk);
      }
    }
    if (round >= warmup) {
      subjectTimes.push(s);
      baselineTimes.push(b);
    }
  }
  return summarize(subjectTimes, baselineTimes);
}

/**
 * Summarizes paired timings (`subjectTimes[i]` and `baselineTimes[i]` from the same round): their
 * medians, `ratio` (the median of the per-round ratios), its range, and the ratio of the medians.
 */
export function summarize(subjectTimes, baselineTimes) {
  const subjectMedian = median(subjectTimes);
  const baselineMedian = median(baselineTimes);
  const ratios = subjectTimes.map((s, i) => s / baselineTimes[i]);
  return {
    subjectMedian,
    baselineMedian,
    ratio: median(ratios),
    ratioOfMedians: subjectMedian / baselineMedian,
    roundRatioMin: Math.min(...ratios),
    roundRatioMax: Math.max(...ratios),
    rounds: subjectTimes.length,
  };
}

/** Formats milliseconds with a sensible precision. */
export function ms(value) {
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${(value * 1000).toFixed(1)} µs`;
}

/** Formats a ratio: `1.12×`, or `0.0031×` for small ones. */
export function ratio(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value >= 0.1) return `${value.toFixed(2)}×`;
  return `${value.toPrecision(2)}×`;
}

/** Renders rows (arrays of strings) as a padded plain-text table with a header rule. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
