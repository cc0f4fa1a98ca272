import { describe, expect, it } from 'vitest';
import { throttle } from '../src/throttle';

/** A clock and a timer queue the test moves by hand. */
function fakeTime() {
  let t = 0;
  const timers: { at: number; f: () => void }[] = [];
  return {
    now: () => t,
    later: (f: () => void, ms: number) => { timers.push({ at: t + ms, f }); },
    advance(ms: number) {
      t += ms;
      for (const timer of timers.filter((x) => x.at <= t)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.f();
      }
    },
    pending: () => timers.length,
  };
}

describe('throttle', () => {
  it('runs the first call at once', () => {
    const time = fakeTime();
    let runs = 0;
    const call = throttle(() => runs++, 10_000, time.now, time.later);
    call();
    expect(runs).toBe(1);
  });

  it('holds calls inside the interval and runs them once when it ends', () => {
    const time = fakeTime();
    let runs = 0;
    const call = throttle(() => runs++, 10_000, time.now, time.later);
    call();
    time.advance(2_000);
    call();
    call();
    call();
    expect(runs).toBe(1);
    expect(time.pending()).toBe(1);
    time.advance(7_999);
    expect(runs).toBe(1);
    time.advance(1);
    expect(runs).toBe(2);
  });

  it('runs at once again after a quiet interval', () => {
    const time = fakeTime();
    let runs = 0;
    const call = throttle(() => runs++, 10_000, time.now, time.later);
    call();
    time.advance(10_000);
    call();
    expect(runs).toBe(2);
    expect(time.pending()).toBe(0);
  });
});
