// Step 7's commands and leaves, checked again in step 8 on two servers
// instead of eleven: step 7's scenarios played in a row on one room. A
// failure still says which behaviour broke, with step 7's hint.
import type { CheckDefinition } from '../harness/types.ts';
import { msg } from '../i18n/index.ts';
import { room } from './chat.ts';
import {
  COMMANDS_HINT, LEAVE_HINT, msgUnknown, NICK_HINT, nickStaysUnique, noEcho, privateMessage, quitLeaves,
  refusedNicks, rename, resetLeaves, step6Commands, who,
} from './chat-scenarios.ts';

export function stillStep7Checks(): CheckDefinition[] {
  return [
    {
      id: 'chat-commands',
      title: msg('step8.chatCommands.title'),
      role: 'server',
      needs: ['chat'],
      points: 2,
      hints: [NICK_HINT, COMMANDS_HINT],
      run: async (t) => {
        const members = await room(t, await t.server(), 3);
        const [a, b, c] = members;
        t.note(msg('step8.note.noEcho'));
        await noEcho(members);
        t.note(msg('step8.note.nick'));
        await rename(members, 'Alice_7-x');
        await refusedNicks(t, members);
        t.note(msg('step8.note.whoMsg'));
        await who(t, members, b);
        await privateMessage([b, c, a]);
        await msgUnknown(c);
        t.note(msg('step8.note.step6'));
        await step6Commands(b);
      },
    },
    {
      id: 'leaves',
      title: msg('step8.leaves.title'),
      role: 'server',
      needs: ['chat'],
      points: 2,
      hints: [LEAVE_HINT],
      run: async (t) => {
        const server = await t.server();
        const [b, c, d, e] = await nickStaysUnique(t, server, await room(t, server, 4));
        await quitLeaves(b, [c, d, e]);
        await resetLeaves(c, [d, e]);
      },
    },
  ];
}
