// What one confined program may use. Generous for any correct program of
// the lab (a step-7 server with a thread per client stays far below), tight
// enough that a fork bomb, a spinner or a disk filler costs only its checks.
export const LIMITS = {
  /** Processes and threads (RLIMIT_NPROC, counted in the program's own user namespace). */
  processes: 256,
  /** CPU seconds per process (RLIMIT_CPU): a spinner dies even if no check stops it. */
  cpuSeconds: 60,
  /** Largest file it may write, KiB (RLIMIT_FSIZE). */
  fileKiB: 64 * 1024,
  /** Data segment per process, KiB (RLIMIT_DATA): what node and python3 can allocate. */
  dataKiB: 512 * 1024,
  /** Resident memory of all its processes together, checked twice a second. */
  treeMemoryBytes: 1024 * 1024 * 1024,
  /** Its private /tmp (and scratch HOME), a size-capped tmpfs. */
  tmpBytes: 64 * 1024 * 1024,
  /** Each step folder's private copy, a size-capped tmpfs shared by that step's programs. */
  stepFolderBytes: 128 * 1024 * 1024,
  /** The submission sandbox's own /tmp: port locks, compiled programs, the checks' state files. */
  submissionTmpBytes: 256 * 1024 * 1024,
} as const;
