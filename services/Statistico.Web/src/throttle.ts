// At most one call per interval, the last request never lost: a call inside the interval is held and runs once when
// the interval ends. The performance section reads up to four pages of settled trades, too much to repeat on every
// summary event of a busy run (one every two seconds), yet it must end up current.
export function throttle(run: () => void, intervalMs: number, now: () => number = Date.now,
  later: (f: () => void, ms: number) => unknown = setTimeout): () => void {
  let last = -Infinity;
  let held = false;
  const fire = (): void => {
    held = false;
    last = now();
    run();
  };
  return () => {
    if (held) return;
    const wait = last + intervalMs - now();
    if (wait <= 0) fire();
    else {
      held = true;
      later(fire, wait);
    }
  };
}
