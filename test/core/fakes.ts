import type { Timers, Visibility } from '../../src/core/index.js';

/** Lets pending promise callbacks (the poller's awaits) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** A manual clock: timers fire only when `advance` passes their time. */
export class FakeClock {
  now = 0;
  /** Every delay passed to setTimeout, in call order. */
  readonly delays: number[] = [];
  private seq = 0;
  private readonly timers = new Map<number, { at: number; cb: () => void }>();

  readonly timersApi: Timers = {
    setTimeout: (cb, ms) => {
      const id = ++this.seq;
      this.timers.set(id, { at: this.now + ms, cb });
      this.delays.push(ms);
      return id;
    },
    clearTimeout: (id) => {
      this.timers.delete(id as number);
    },
  };

  readonly nowFn = (): number => this.now;

  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing due timers in order and settling promises after each. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      let next: [number, { at: number; cb: () => void }] | undefined;
      for (const entry of this.timers) if (!next || entry[1].at < next[1].at) next = entry;
      if (!next || next[1].at > end) break;
      this.timers.delete(next[0]);
      this.now = Math.max(this.now, next[1].at);
      next[1].cb();
      await flush();
    }
    this.now = end;
    await flush();
  }
}

export class FakeVisibility implements Visibility {
  hidden = false;
  readonly listeners = new Set<() => void>();
  isHidden = (): boolean => this.hidden;
  onChange = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };
  set(hidden: boolean): void {
    this.hidden = hidden;
    for (const cb of [...this.listeners]) cb();
  }
}

/** Map-backed Storage; `fail` makes the chosen methods throw like a blocked or full storage. */
export class FakeStorage {
  readonly data = new Map<string, string>();
  constructor(readonly fail: ReadonlyArray<'getItem' | 'setItem' | 'removeItem'> = []) {}
  private check(op: 'getItem' | 'setItem' | 'removeItem'): void {
    if (this.fail.includes(op)) throw new DOMException('blocked', 'SecurityError');
  }
  getItem(key: string): string | null {
    this.check('getItem');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.check('setItem');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.check('removeItem');
    this.data.delete(key);
  }
}
