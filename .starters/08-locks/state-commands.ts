// The commands step 8 adds to the table: the shared counter and the history.
import type { ChatCommand } from '../07-multi-client/chat-commands.ts';
import type { Store } from './app.ts';
import { HISTORY_MAX } from './store.ts';

export function stateCommands(store: Store): ChatCommand[] {
  return [
    {
      name: 'incr',
      usage: '/incr',
      summary: 'adds one to the shared counter',
      needsArgument: false,
      // The reply waits for the write: "count N" means N is on disk.
      run: async (_rest, { reply }) => reply(`count ${await store.incr()}`),
    },
    {
      name: 'count',
      usage: '/count',
      summary: 'the shared counter',
      needsArgument: false,
      run: async (_rest, { reply }) => reply(`count ${await store.count()}`),
    },
    {
      name: 'history',
      usage: '/history [K]',
      summary: `the last K messages (default 10, at most ${HISTORY_MAX})`,
      needsArgument: false,
      async run(rest, { reply }) {
        const arg = rest.trim();
        if (arg !== '' && !/^\d+$/.test(arg)) return reply('error: /history K needs a whole number K');
        const lines = await store.history(arg === '' ? 10 : Math.min(Number(arg), HISTORY_MAX));
        reply(`history ${lines.length}`);
        lines.forEach(reply);
      },
    },
  ];
}
