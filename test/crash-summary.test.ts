// What a student sees of a crash: the error line and where, not a wall of stack.
import { describe, expect, test } from 'vitest';
import { crashSummary } from '../checks/harness/crash-summary.ts';

describe('crash summary', () => {
  test('node: the error and the first frame in the program', () => {
    const stderr = [
      'file:///home/s/steps/03-disconnects/server.ts:12',
      '    socket.write(undefined);',
      'TypeError [ERR_INVALID_ARG_TYPE]: The "chunk" argument must be of type string',
      '    at Socket.write (node:net:900:3)',
      '    at onLine (/home/s/steps/03-disconnects/server.ts:12:12)',
    ];
    expect(crashSummary(stderr)).toEqual([
      'TypeError [ERR_INVALID_ARG_TYPE]: The "chunk" argument must be of type string',
      'file:///home/s/steps/03-disconnects/server.ts:12',
      'socket.write(undefined);',
    ]);
  });

  test('python: the last frame and the exception', () => {
    const stderr = ['Traceback (most recent call last):', '  File "server.py", line 9, in <module>', '    conn.sendall(reply)', 'BrokenPipeError: [Errno 32] Broken pipe'];
    expect(crashSummary(stderr)).toEqual(['File "server.py", line 9, in <module>', 'conn.sendall(reply)', 'BrokenPipeError: [Errno 32] Broken pipe']);
  });

  test('out of memory: V8\'s fatal error, not its GC log and native stack', () => {
    const stderr = [
      '<--- Last few GCs --->',
      '[123:0x2a2d]      494 ms: Scavenge 388.1 (411.9) -> 386.1 (425.6) MB, 8.38 / 0.00 ms  allocation failure;',
      '<--- JS stacktrace --->',
      'FATAL ERROR: Scavenger: semi-space copy Allocation failed - JavaScript heap out of memory',
      '----- Native stack trace -----',
      ' 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]',
    ];
    expect(crashSummary(stderr)).toEqual(['FATAL ERROR: Scavenger: semi-space copy Allocation failed - JavaScript heap out of memory']);
  });
});
