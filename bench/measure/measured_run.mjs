// runMeasured: one run of a command, its wall time and peak memory, read from
// /usr/bin/time -v where it exists, else from getrusage of the child (Python's
// RUSAGE_CHILDREN: Node has no call for a child's rusage; it prints the same line).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const RUSAGE = [
  'import resource, subprocess, sys',
  'status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode',
  'peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss',
  'print(f"Maximum resident set size (kbytes): {peak}", file=sys.stderr)',
  'sys.exit(status)',
].join('\n');

export function runMeasured(argv) {
  const timeV = existsSync('/usr/bin/time');
  const [command, ...args] = timeV ? ['/usr/bin/time', '-v', ...argv] : ['python3', '-c', RUSAGE, ...argv];
  const start = performance.now();
  const run = spawnSync(command, args, { maxBuffer: 1 << 28, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
  return {
    seconds,
    peak_mb: peakKb / 1024,
    memory_from: timeV ? '/usr/bin/time -v' : 'getrusage(RUSAGE_CHILDREN)',
    exit: run.status,
  };
}
