// Small statistics and table helpers shared by the benchmark rows.

/** The median of a list of numbers (the mean of the two middle values for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `subject` and `baseline` in interleaved rounds: `warmup` unrecorded rounds first, then `rounds`
 * recorded ones. Each round calls `beforeEach` (untimed: fresh inputs, say), then splits the work into
 * `slices` slices and times each slice for both sides back to back, alternating which side goes first,
 * so drift (other processes, thermal, turbo) lands on both sides alike. `subject(slice)` and
 * `baseline(slice)` time one slice themselves and return its milliseconds.
 *
 * Returns what {@link summarize} returns for the per-round totals.
 */
export async function interleave({ subject, baseline, rounds, warmup, slices = 1, beforeEach = () => {} }) {
  const subjectTimes = [];
  const baselineTimes = [];
  for (let round = 0; round < warmup + rounds; round += 1) {
    await beforeEach();
    let subjectTotal = 0;
    let baselineTotal = 0;
    for (let slice = 0; slice < slices; slice += 1) {
      if ((round + slice) % 2 === 0) {
        subjectTotal += await subject(slice);
        baselineTotal += await baseline(slice);
      } else {
        baselineTotal += await baseline(slice);
        subjectTotal += await subject(slice);
      }
    }
    if (round >= warmup) {
      subjectTimes.push(subjectTotal);
      baselineTimes.push(baselineTotal);
    }
  }
  return summarize(subjectTimes, baselineTimes);
}

/**
 * Summarizes paired timings (`subjectTimes[i]` and `baselineTimes[i]` from the same round): their
 * medians, `ratio` (the median of the per-round ratios: the headline figure, each ratio comparing two
 * measurements taken within milliseconds of each other) and the spread of the per-round ratios
 * (`roundRatioMin`, `roundRatioMax`).
 */
export function summarize(subjectTimes, baselineTimes) {
  const ratios = subjectTimes.map((time, i) => time / baselineTimes[i]);
  return {
    subjectMedian: median(subjectTimes),
    baselineMedian: median(baselineTimes),
    ratio: median(ratios),
    roundRatioMin: Math.min(...ratios),
    roundRatioMax: Math.max(...ratios),
    rounds: subjectTimes.length,
  };
}

/**
 * How far the per-round ratios stray from their median, as fractions: `{ below, above }`, e.g.
 * `{ below: 0.04, above: 0.1 }` for rounds from 4 % under to 10 % over the median.
 */
export function spreadAroundMedian({ ratio: middle, roundRatioMin, roundRatioMax }) {
  return { below: 1 - roundRatioMin / middle, above: roundRatioMax / middle - 1 };
}

/** Formats a spread: `1.21–1.35× (−4 %/+7 %)`. */
export function spread(result) {
  const { below, above } = spreadAroundMedian(result);
  const percent = (fraction) => Math.round(fraction * 100);
  return `${ratio(result.roundRatioMin)}–${ratio(result.roundRatioMax)} (−${percent(below)} %/+${percent(above)} %)`;
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
