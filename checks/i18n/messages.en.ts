// English messages of the kit's commands and menu: the reference catalog.
// Every other language provides the same keys (enforced by the type).
export const en = {
  // Check results (the pretty renderer)
  'report.step': 'Step {n} · {title}',
  'report.runs': 'runs {files}',
  'report.ignored': '{file} is not run: {first} comes first (the checker takes .ts, then .mjs, .js, .py). Remove or rename {first} to run {file}.',
  'report.hint': 'hint:     ',
  'report.transcript': 'transcript (→ sent by the checker, ← received from your program):',
  'report.earlier': '… {n} earlier {n:entry|entries}',
  'report.internal': 'The checker itself failed on a check marked "!": this is a bug in the kit, not in your program.',
  'report.same': '(the same failure as above)',
  'report.next': ' Next: step {m}, npm run step {m}',
  'report.last': ' That was the last step of the lab.',
  'report.passes': 'Step {n} passes. Well done!',
  'report.passesThere': 'Every check of step {n} passes on this folder.',
  'report.fixFirst': 'Fix the first failure, then run the step again. Stuck? npm run step -- {n} --hint. By hand: npm run server -- {n}, then nc 127.0.0.1 4000',
  'report.fixFirstWatch': 'Fix the first failure, then save a file to run again. Stuck? npm run step -- {n} --hint. By hand: npm run server -- {n}, then nc 127.0.0.1 4000',
  'report.count': '{pass} passed, {fail} failed',
  'report.countSkipped': '{pass} passed, {fail} failed, {skip} skipped',

  // npm run step -- N --hint
  'hint.checking': 'Checking step {n} to find the first failing check…',
  'hint.allPass': 'Every check of step {n} passes: no hint needed.',
  'hint.internal': 'The checker itself failed (a bug in the kit): no hint can help here.',
  'hint.title': 'Hint {i} of {total} for "{check}":',
  'hint.noMore': 'That was the last hint for this check. Read the step\'s README again, or try by hand with nc.',
  'hint.earlier': 'Hints already shown:',
  'hint.crashedDuring': 'The program crashed during "{check}", after it had answered: surviving this is what the check is about.',
  'hint.programFirst': '"{check}" failed because the program crashed or did not start: the step\'s hints wait until it runs (none was used up).',

  // npm run step -- N --watch
  'watch.watching': 'Watching {dir} — save a file to check again. Ctrl-C stops.',
  'watch.changed': 'changed: {file} (run {run})',
  'watch.stopped': 'stopped watching; every program the checks started was stopped',

  // npm run server / client
  'run.server': 'Starting the server of step {n}: {file}',
  'run.serverTalk': 'It listens on {host}:{port}. Talk to it from another terminal:  nc {host} {port}   (or: npm run client -- {n})',
  'run.client': 'Starting the client of step {n}: {file}',
  'run.clientTalk': 'It connects to {host}:{port}. Start a server there first in another terminal:  npm run server -- {n}   (or: nc -l {port})',
  'run.stdin': 'Lines you type here go to the program\'s stdin; Ctrl-D ends its input; Ctrl-C stops it.',
  'run.timeWait': 'Connections of the last run on port {port} are still in TIME_WAIT (the side that closed first keeps them about 60 s). Python\'s socket refuses to bind then ("Address already in use"): call srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1) before srv.bind(...), as Node does by itself; or wait a minute, or pick another port: PORT=4100 npm run server -- {n}',
  'run.portBusy': 'Port {port} on {host} is already taken, probably by a server still running in another terminal: stop it (Ctrl-C there), or pick another port: PORT=4100 npm run server -- {n}',
  'run.missing': 'no {role} program in {dir}: looked for {files}',
  'run.compile': '{file} does not compile: {message}',
  'run.exited': '[the program exited with {how}]',
  'run.stopped': '[stopped the program and everything it started]',
  'run.usage': 'usage: npm run {role} -- N [--solution] [words…]   (N = 1…8)',

  // The menu
  'menu.title': 'TCP lab — client/server programming in eight steps',
  'menu.chooseStep': 'Choose a step (↑/↓, Enter; Ctrl-C quits)',
  'menu.quit': 'Quit',
  'menu.status.passed': 'passed',
  'menu.status.failed': 'failed',
  'menu.status.untried': 'not tried',
  'menu.status.unavailable': 'checks not available yet',
  'menu.chooseAction': 'Step {n} · {title} — what now?',
  'menu.action.check': 'Check my step',
  'menu.action.readme': 'Read the step\'s README',
  'menu.action.server': 'Run my server by hand',
  'menu.action.client': 'Run my client by hand',
  'menu.action.hint': 'Show the next hint',
  'menu.action.quiz': 'Take the quiz',
  'menu.action.reset': 'Reset the starter (your files are backed up first)',
  'menu.action.solution': 'See the reference solution',
  'menu.action.back': 'Back to the steps',
  'menu.continue': 'Press Enter to go back to the menu',
  'menu.noReadme': 'This step has no README yet ({file}).',
  'menu.clientWords': 'Words to send (empty: the client\'s default)',
  'menu.bye': 'Bye! Your progress is saved in .lab-progress.json.',
  'menu.needsTty': 'The menu needs an interactive terminal. Use npm run step -- N instead.',
  'menu.fixFirst': 'Fix the first failure, then check again. Stuck? "{hint}" gives another hint. By hand: "{server}", then nc 127.0.0.1 4000',
  'menu.interrupted': 'interrupted: every program the checks started was stopped',
  'menu.pagerMore': '── {percent}% ── Enter for more, q to go back',
  'menu.runStops': 'When the program stops, you come back here.',

  // Reset and solution
  'reset.confirm': 'Replace the files of {dir} by the original starter? Your current files are copied to a backup first.',
  'reset.done': 'The starter is back. Your previous files are in {backup}',
  'reset.cancelled': 'Nothing changed.',
  'reset.noPristine': 'Cannot find the original starter of {slug}: neither {copy} nor git history has it.',
  'solution.confirm': 'See the reference solution of step {n}? Trying first teaches more; the hints help too.',
  'solution.file': '── {file} ──',
  'solution.none': 'No reference solution for this step yet.',

  // Quiz
  'quiz.title': 'Quiz — step {n} ({count} questions)',
  'quiz.none': 'No quiz for this step.',
  'quiz.answer': 'Your answer',
  'quiz.right': 'Right.',
  'quiz.wrong': 'Not quite. The answer: {answer}',
  'quiz.score': 'Score: {right} / {total}',
} satisfies Record<string, string>;

export type Messages = Record<keyof typeof en, string>;
