// The no-echo check learns that nothing came back only when /who answers:
// its hint must name what really failed, an echo or a missing /who.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { render } from '../checks/i18n/index.ts';
import { NO_ECHO_HINT, WHO_MARKER_HINT } from '../checks/shared/chat-scenarios.ts';
import { checkDir, FIXTURES } from './helpers/kit.ts';

test.concurrent.each([
  ['echo-to-sender', NO_ECHO_HINT],
  ['no-who', WHO_MARKER_HINT],
])('%s: the no-echo failure gives the hint about what failed', async (fixture, hint) => {
  const result = await checkDir(7, join(FIXTURES, '07-multi-client', fixture), ['no-echo']);
  const noEcho = result.checks.find((c) => c.id === 'no-echo')!;
  expect(noEcho.status).toBe('fail');
  expect(noEcho.failure?.hint).toEqual(hint);
  expect(noEcho.hint).toBe(render('en', hint));
});
