// Step 8 — shared resources and locks: step 7's chat, plus a counter and a
// chat log in files that many clients change at once, made safe by a lock.
import { startServer } from './app.ts';
import { SharedStore } from './store.ts';

await startServer(new SharedStore(process.env.COUNTER_FILE ?? 'counter.txt', process.env.CHAT_LOG ?? 'chat.log'));
