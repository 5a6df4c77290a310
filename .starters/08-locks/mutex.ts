// A lock for async code: a section that only one caller runs at a time,
// the others waiting in line. See README.md, "What a lock is".
export class Mutex {
  private locked = false;
  private readonly waiters: (() => void)[] = [];

  /** Resolves once the caller holds the lock; call the returned function to release it. */
  async lock(): Promise<() => void> {
    // TODO: if someone holds the lock, wait in line (push a resolve function
    //   onto this.waiters and await it). Then hold it, and return a release
    //   function that hands the lock to the next waiter, or frees it.
    return () => {};
  }

  /** Runs `section` holding the lock, and releases it however the section ends. */
  async run<T>(section: () => Promise<T>): Promise<T> {
    const release = await this.lock();
    try {
      return await section();
    } finally {
      release();
    }
  }
}
