// A lock for async code. JavaScript runs one callback at a time, but an
// `await` lets every other client run before the next line: a
// read-modify-write that awaits in the middle is not atomic. The lock makes
// such a section run for one caller at a time, the others queued in order.
export class Mutex {
  private locked = false;
  private readonly waiters: (() => void)[] = [];

  /** Resolves once the caller holds the lock; call the returned function to release it. */
  async lock(): Promise<() => void> {
    if (this.locked) {
      // Wait in line. release() hands the lock straight to us: `locked` stays
      // true in between, so no newcomer can slip past the queue.
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.locked = true;
    let released = false;
    return () => {
      if (released) return; // releasing twice must not free someone else's lock
      released = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.locked = false;
    };
  }

  /** Runs `section` holding the lock, and releases it however the section ends (even by throwing). */
  async run<T>(section: () => Promise<T>): Promise<T> {
    const release = await this.lock();
    try {
      return await section();
    } finally {
      release();
    }
  }
}
