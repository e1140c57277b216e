/**
 * Share of a device's maximum power drawn when idle; the rest scales linearly with utilisation ([planner]
 * assumption: data-centre GPUs idle at roughly a quarter to a third of their TDP, and servers around them add a
 * steady floor). Dimensionless, 0–1.
 */
export const IDLE_POWER_SHARE = 0.3;

/**
 * The engine's one power model: the share of its maximum power a device group draws at `utilisation` (0–1,
 * clamped) while busy for `busyShare` of the time (0–1; default 1, always busy):
 * idle + (1 − idle) × utilisation × busyShare. Serving nodes at peak use busyShare 1; a month's average draw uses the
 * busy hours' share of the month (see busyFraction in platform/workload).
 */
export function powerShare(utilisation: number, busyShare = 1): number {
  return IDLE_POWER_SHARE + (1 - IDLE_POWER_SHARE) * Math.min(1, Math.max(0, utilisation)) * busyShare;
}

/**
 * Average power, W, of a device group that draws `peakW` at `utilisation` during the busy hours and idles the rest
 * of the time: its maximum power (peakW / powerShare(utilisation)) × powerShare(utilisation, busyShare).
 */
export function averagePowerW(peakW: number, utilisation: number, busyShare: number): number {
  const maxW = peakW / powerShare(utilisation);
  return maxW * powerShare(utilisation, busyShare);
}
