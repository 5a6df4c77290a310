// French of what the fault checks (shared/fault-checks.ts,
// shared/faults-by-step.ts) write into a failure and the transcript.
import type { Phrase } from './phrase-rules.ts';

export const FAULT_PHRASES: Phrase[] = [
  ['the server reset the connection (RST); the client\'s stdin is idle', 'le serveur a réinitialisé la connexion (RST) ; le stdin du client ne reçoit rien'],
  ['once the server has reset the connection', 'une fois la connexion réinitialisée par le serveur'],
  ['no stack trace on stderr', 'aucune trace de pile sur stderr'],
  ['3 lines on the client\'s stdin, then its end', '3 lignes sur le stdin du client, puis sa fin'],
  ['3 lines on the client\'s stdin, then its end; {q} answered', '3 lignes sur le stdin du client, puis sa fin ; {q} a reçu sa réponse'],
  ['end of stdin, with the reply to "c" still owed', 'fin de stdin, la réponse à "c" étant encore due'],
  ['until the reply it is owed arrives', 'jusqu\'à l\'arrivée de la réponse qui lui est due'],
  ['the replies, the last one after the client\'s stdin ended', 'les réponses, la dernière après la fin du stdin du client'],
  ['a reply sent one byte at a time', 'une réponse envoyée octet par octet'],
  ['{qs} in one segment, then a FIN (the client\'s sending side closed, as "nc -N" does)', '{qs} dans un même segment, puis un FIN (le client a fermé son sens d\'envoi, comme le fait "nc -N")'],
  ['the server to close the connection once every reply is written', 'que le serveur ferme la connexion une fois toutes les réponses écrites'],
  ['B connected while A was served, sent a line and reset (RST)', 'B s\'est connecté pendant que A était servi, a envoyé une ligne puis un reset (RST)'],
  ['after a client that waited its turn reset its connection', 'après le reset d\'un client qui attendait son tour'],
  ['A sent half a line, then reset (RST)', 'A a envoyé une moitié de ligne, puis un reset (RST)'],
  ['after the client it served reset its connection', 'après le reset du client qu\'il servait'],
  ['{q}, then {q2} over and over: {n} MB', '{q}, puis {q2} encore et encore : {n} Mo'],
  ['{n} digits and no {q}, then more digits, still without {q2}: {n2} MB', '{n} chiffres sans {q}, puis d\'autres chiffres, toujours sans {q2} : {n2} Mo'],
  ['a line {q} for a line over 64 KiB', 'une ligne {q} pour une ligne de plus de 64 Kio'],
  ['the server\'s memory to stay bounded (at most {n} MB more)', 'que la mémoire du serveur reste bornée (au plus {n} Mo de plus)'],
  ['it grew by {n} MB: what the client sends is still read and kept', 'elle a grandi de {n} Mo : ce que le client envoie est encore lu et gardé'],
  ['the server to stop reading and close the connection within 2 s', 'que le serveur cesse de lire et ferme la connexion en 2 s'],
  ['the server still took data {d} s after the end', 'le serveur acceptait encore des données {d} s après la fin'],
  ['{w} stopped reading; {w2} sent it private messages of 8 KB, 256 MB in all', '{w} a cessé de lire ; {w2} lui a envoyé des messages privés de 8 Ko, 256 Mo en tout'],
  ['it grew by {n} MB: the output owed to the client that does not read is kept without a bound', 'elle a grandi de {n} Mo : la sortie due au client qui ne lit pas est gardée sans limite'],
];

export const FAULT_EVENTS: Phrase[] = [
  ['the program had not read what was sent after {time}', 'le programme n\'avait pas lu ce qui lui a été envoyé au bout de {time}'],
  ['the client sends ahead: the stand-in server answers several lines at once', 'le client envoie en avance : le faux serveur répond à plusieurs lignes d\'un coup'],
  ['the client waits for each reply (lock-step): the stand-in server answers line by line', 'le client attend chaque réponse (pas à pas) : le faux serveur répond ligne par ligne'],
  ['fake server closes its side too, as a real server does once the client is done', 'le faux serveur ferme aussi son côté, comme un vrai serveur une fois le client parti'],
  ['checker sends {q} over and over (up to 256 MB)', 'le correcteur envoie {q} encore et encore (jusqu\'à 256 Mo)'],
  ['checker sends {q} lines of 8 KB (up to 256 MB)', 'le correcteur envoie des lignes {q} de 8 Ko (jusqu\'à 256 Mo)'],
  ['checker sends more digits, still without {q} (up to 256 MB)', 'le correcteur envoie d\'autres chiffres, toujours sans {q} (jusqu\'à 256 Mo)'],
  ['checker stopped sending after {n} MB', 'le correcteur a cessé d\'envoyer après {n} Mo'],
  ['server memory: {n} MB before, {n2} MB at most', 'mémoire du serveur : {n} Mo avant, {n2} Mo au plus'],
];
