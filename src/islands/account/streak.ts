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

/** The local days (in this browser's time zone) of UTC hours "YYYY-MM-DDTHH". */
export function localDays(utcHours: string[]): Set<string> {
  return new Set(utcHours.map((h) => dayKey(new Date(`${h}:00:00Z`))));
}

function previousDay(date: Date): Date {
  // Calendar arithmetic, not 24 hours: a day across a DST change lasts 23 or 25.
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - 1);
}

export function streakOf(utcHours: string[], now = new Date()): Streak {
  const days = localDays(utcHours);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const activeToday = days.has(dayKey(today));
  let current = 0;
  for (let d = activeToday ? today : previousDay(today); days.has(dayKey(d)); d = previousDay(d)) current += 1;

  let longest = 0;
  for (const hour of utcHours) {
    const start = new Date(`${hour}:00:00Z`);
    const first = new Date(start.getFullYear(), start.getMonth(), start.getDate());
    if (days.has(dayKey(previousDay(first)))) continue; // not the first day of its run
    let run = 0;
    for (let d = first; days.has(dayKey(d)); d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) run += 1;
    longest = Math.max(longest, run);
  }
  return { current, longest, activeToday };
}
