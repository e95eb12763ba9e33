let counter = 0;

/** A number this process has not handed out before. */
export const nextNumber = () => ++counter;

/**
 * `prefix-pid-n`: unique per call, and across the test workers of a run (which copy one seeded
 * template), so that a factory's default keys and slugs never collide with each other or with seed data.
 */
export const uniqueKey = (prefix: string) => `${prefix}-${process.pid}-${nextNumber()}`;
