// Waiting on an event with a deadline, the one way the kit waits: the
// event's value, or null once `ms` have passed without it.
export async function within<T>(event: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([event, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
