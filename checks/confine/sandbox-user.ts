// Who confined programs run as.
/**
 * Root drops to `nobody` before the sandbox starts, so that the program's
 * processes count against a per-user process limit (the kernel exempts
 * root) and own nothing of the grader's. Another user runs them as itself,
 * inside a user namespace of their own.
 */
export const SANDBOX_UID = 65534;
export const runsAsRoot = (): boolean => process.getuid?.() === 0;
