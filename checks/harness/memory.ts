// How much memory a program holds: the resident size (VmRSS) of its whole
// process tree. The tree, not the started pid alone: a program may run
// through a launcher (sh, a sandbox) or start helpers of its own. Linux only
// (/proc); elsewhere nothing is measured and memory checks pass.
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every live process, read from /proc/PID/stat. */
export function parents(): Map<number, number> {
  const map = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return map;
  }
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(pid, ppid);
    } catch {
      // gone meanwhile
    }
  }
  return map;
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident bytes of `root` and all its descendants; null where /proc is not there. */
export function treeRssBytes(root: number, ppids = parents()): number | null {
  if (process.platform !== 'linux') return null;
  let total = 0;
  for (const pid of descendants(root, ppids, true)) total += rssOf(pid);
  return total;
}

/** `root`'s descendants (and `root` itself when asked), from a parents map. */
export function descendants(root: number, ppids = parents(), withRoot = false): Set<number> {
  const tree = new Set([root]);
  // Descendants: repeat until no new child is found (trees are shallow).
  for (let grew = true, rounds = 0; grew && rounds < 64; rounds++) {
    grew = false;
    for (const [pid, ppid] of ppids) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  if (!withRoot) tree.delete(root);
  return tree;
}

export const MB = 1024 * 1024;
