/** A learner's streak: consecutive local days with at least one lesson, check, problem or review. */
export interface Streak {
  /** Days in the run that ends today, or yesterday while today is still open. */
  current: number;
  longest: number;
  activeToday: boolean;
}

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** Local midnight of a date in this browser's time zone, `days` later (calendar days, so DST is handled). */
function shiftDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The local days (in this browser's time zone) of UTC hours "YYYY-MM-DDTHH", by key, at local midnight. */
function localDays(utcHours: string[]): Map<string, Date> {
  const days = new Map<string, Date>();
  for (const hour of utcHours) {
    const day = shiftDays(new Date(`${hour}:00:00Z`), 0);
    days.set(dayKey(day), day);
  }
  return days;
}

export function streakOf(utcHours: string[], now = new Date()): Streak {
  const days = localDays(utcHours);
  const active = (d: Date): boolean => days.has(dayKey(d));
  const runFrom = (d: Date, step: 1 | -1): number => {
    let n = 0;
    for (let day = d; active(day); day = shiftDays(day, step)) n += 1;
    return n;
  };
  const today = shiftDays(now, 0);
  const activeToday = active(today);
  const current = runFrom(activeToday ? today : shiftDays(today, -1), -1);
  let longest = 0;
  for (const day of days.values()) {
    // Count each run once, from its first day.
    if (!active(shiftDays(day, -1))) longest = Math.max(longest, runFrom(day, 1));
  }
  return { current, longest, activeToday };
}
