// Step 1 — blocking accept: why accept waits, a missing server, bind vs listen.
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: { en: 'Why does the server "block" at accept()?', fr: 'Pourquoi le serveur est-il « bloqué » sur accept() ?' },
    choices: [
      { en: 'It waits for a client to connect before going on', fr: 'Il attend qu\'un client se connecte avant de continuer' },
      { en: 'The port is already in use', fr: 'Le port est déjà utilisé' },
      { en: 'It waits for the client\'s first message', fr: 'Il attend le premier message du client' },
    ],
    answer: 0,
    explanation: {
      en: 'accept() returns only once a client has connected. In Node the thread is not blocked: `await once(server, "connection")` just does not resume until then, and the event loop stays free.',
      fr: 'accept() ne rend la main qu\'une fois un client connecté. En Node le fil n\'est pas bloqué : `await once(server, "connection")` ne reprend simplement pas avant, et la boucle d\'événements reste libre.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'The client starts while no server listens. What happens?', fr: 'Le client démarre alors qu\'aucun serveur n\'écoute. Que se passe-t-il ?' },
    choices: [
      { en: 'connect() waits until a server appears', fr: 'connect() attend qu\'un serveur apparaisse' },
      { en: 'connect() fails with ECONNREFUSED; the client should say so in one line and exit with code 1', fr: 'connect() échoue avec ECONNREFUSED ; le client doit le dire en une ligne et sortir avec le code 1' },
      { en: 'The message is kept and sent when the server starts', fr: 'Le message est gardé et envoyé au démarrage du serveur' },
    ],
    answer: 1,
    explanation: {
      en: 'It cannot connect, so the program stops: uncaught, that is a stack trace. Catch the error, name the host and port on stderr, and exit 1.',
      fr: 'Il ne peut pas se connecter, donc le programme s\'arrête : sans traitement, c\'est une trace de pile. Attrapez l\'erreur, nommez l\'hôte et le port sur stderr, et sortez avec 1.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'What do bind() and listen() do?', fr: 'Que font bind() et listen() ?' },
    choices: [
      { en: 'bind() connects to the client; listen() reads its data', fr: 'bind() se connecte au client ; listen() lit ses données' },
      { en: 'bind() ties an IP address and a port to the socket; listen() makes it accept incoming connections', fr: 'bind() associe une adresse IP et un port à la socket ; listen() lui fait accepter les connexions entrantes' },
      { en: 'They are two names for the same call', fr: 'Ce sont deux noms du même appel' },
    ],
    answer: 1,
    explanation: {
      en: 'bind chooses where; listen opens the door (with a backlog of connections waiting for accept). Node\'s server.listen(port, host) does both.',
      fr: 'bind choisit où ; listen ouvre la porte (avec une file de connexions qui attendent accept). server.listen(port, host) de Node fait les deux.',
    },
  },
  {
    kind: 'short',
    question: { en: 'Which event of a net.Server plays the role of accept()?', fr: 'Quel événement d\'un net.Server joue le rôle d\'accept() ?' },
    accept: [/^["']?connection["']?$/i],
    answer: { en: '"connection"', fr: '"connection"' },
    explanation: {
      en: 'The server emits "connection" with the new socket each time a client connects.',
      fr: 'Le serveur émet "connection" avec la nouvelle socket à chaque connexion d\'un client.',
    },
  },
];
