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

/**
 * Heat one rack can shed, kW, by cooling class ([planner] defaults from public sources, 2025–2026):
 * - air: 15 kW — "densities higher than ~15 kW per rack" are past the air-cooled optimum (Schneider Electric White
 *   Paper 156, "Choosing the Optimal Data Center Power Density"); most mainstream rooms support 10–15 kW per rack.
 * - rear-door: 40 kW — rear-door heat exchangers are used from ~40 kW, hybrid with liquid above 40–60 kW
 *   (heathertechnologies.com, "Cooling 60 kW GPU racks"; ASHRAE TC 9.9 inlet envelope 18–27 °C).
 * - liquid: 100 kW — direct-to-chip cold plates reach ~60–100+ kW per rack (coolnetpower.com, "80–120 kW rack
 *   thresholds" FAQ).
 */
export const COOLING_LIMIT_KW = { air: 15, "rear-door": 40, liquid: 100 } as const;

/**
 * The power one rack may hold, kW: the lower of its power feed (costs.rackPowerKw) and what its cooling class removes
 * (COOLING_LIMIT_KW).
 */
export function rackLimitKw(costs: {
  rackPowerKw: number;
  coolingClass: keyof typeof COOLING_LIMIT_KW;
}): number {
  return Math.min(costs.rackPowerKw, COOLING_LIMIT_KW[costs.coolingClass]);
}
