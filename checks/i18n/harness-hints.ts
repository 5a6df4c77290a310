// The harness's own hints, for a program that crashed, did not start or did
// not exit: not about the step's concept but about the program itself.
// They are recognised by their English text (the crash hint by a pattern,
// as it names the program and how it ended), to translate them and so that
// `--hint` shows them instead of revealing a concept hint.
import { STILL_RUNNING_HINT } from '../harness/context.ts';
import { START_HINT } from '../harness/runner.ts';

/** The parts of crashHint() (harness/context.ts) that vary: the program, how it ended, how to run it. */
const CRASH = /^Your (.+) stopped with an error \((.+)\): the error line is above and its whole output is in the transcript\. Fix that first; (.+) shows it live\.$/;

const FRENCH_FIXED: Record<string, string> = {
  [START_HINT]: 'Rien ne peut être vérifié tant que le programme ne démarre pas : corrigez d\'abord cela (toutes les vérifications de ce côté disent la même chose).',
  [STILL_RUNNING_HINT]:
    'Un programme se termine quand plus rien n\'est ouvert : fermez ses sockets avec end(), son serveur avec close(), cessez de lire stdin (ou appelez process.exit). En Python, fermez la socket et sortez de main.',
};

const FRENCH_NAMES: Record<string, string> = { server: 'serveur', client: 'client', 'restarted server': 'serveur redémarré' };

/** True when a failure's hint says the program crashed or did not start: the concept is not the problem yet. */
export function isProgramTrouble(hint: string | undefined): boolean {
  return hint !== undefined && (hint === START_HINT || CRASH.test(hint));
}

/** The French of a harness hint, or undefined when `hint` is not one. */
export function frenchHarnessHint(hint: string): string | undefined {
  if (FRENCH_FIXED[hint]) return FRENCH_FIXED[hint];
  const crash = CRASH.exec(hint);
  if (!crash) return undefined;
  const [, name, exit, by] = crash;
  const how = exit.replace(/^code 13: a top-level await never finished$/, 'code 13 : un await de premier niveau ne s\'est jamais terminé');
  const run = by === 'running it by hand' ? 'le lancer à la main' : by;
  return `Votre ${FRENCH_NAMES[name] ?? name} s'est arrêté avec une erreur (${how}) : la ligne d'erreur est ci-dessus et toute sa sortie est dans les échanges. Corrigez cela d'abord ; ${run} le montre en direct.`;
}
