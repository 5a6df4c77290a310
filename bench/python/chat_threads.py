"""Step 7's chat written like the source lab: one thread per client, a shared
list of clients under a lock, and a broadcast that calls sendall() on each
client in turn while holding the lock (so one client that does not read
blocks every broadcast). Used by the benchmark as the thread-per-client
baseline; also a Python program that follows the lab contract."""
import os
import socket
import threading
from datetime import datetime, timezone

HOST = os.environ.get("HOST", "127.0.0.1")
PORT = int(os.environ.get("PORT", "4000"))

lock = threading.Lock()
clients = {}  # nick -> socket, in join order
guests = 0
VALID = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def broadcast(line, sender=None):
    data = (line + "\n").encode()
    with lock:
        for nick, sock in list(clients.items()):
            if sock is not sender:
                try:
                    sock.sendall(data)
                except OSError:
                    pass


def send(sock, line):
    try:
        sock.sendall((line + "\n").encode())
    except OSError:
        pass


def command(sock, state, name, rest, extra):
    nick = state["nick"]
    if name == "quit":
        send(sock, "bye")
        return False
    if name == "who":
        with lock:
            send(sock, "users: " + " ".join(clients))
    elif name == "nick":
        if not (1 <= len(rest) <= 16 and set(rest) <= VALID):
            send(sock, "error: invalid nick")
            return True
        with lock:
            taken = rest in clients and rest != nick
            if not taken:
                del clients[nick]
                clients[rest] = sock
                state["nick"] = rest
        if taken:
            send(sock, "error: nick taken")
        else:
            send(sock, "ok")
            broadcast(f"* {nick} is now {rest}", sock)
    elif name == "msg":
        target, _, text = rest.partition(" ")
        with lock:
            dest = clients.get(target)
        if dest is None or not text:
            send(sock, "error: no such user")
        else:
            send(dest, f"[pm] {nick}: {text}")
            send(sock, "ok")
    elif name == "echo" and rest:
        send(sock, rest)
    elif name == "time":
        send(sock, datetime.now(timezone.utc).isoformat())
    elif name == "help":
        send(sock, "commands: /echo /time /help /quit /nick /who /msg" + extra.get("help", ""))
    elif name in extra:
        extra[name](sock, state, rest)
    else:
        send(sock, f"error: unknown command /{name}")
    return True


def serve(sock, extra, on_chat):
    global guests
    with lock:
        guests += 1
        nick = f"guest{guests}"
    broadcast(f"* {nick} joined")
    with lock:
        clients[nick] = sock
    send(sock, f"welcome {nick}")
    state = {"nick": nick}
    buf = b""
    try:
        while True:
            data = sock.recv(65536)
            if not data:
                break
            buf += data
            *lines, buf = buf.split(b"\n")
            for raw in lines:
                line = raw.decode(errors="replace").rstrip("\r")
                if not line:
                    continue
                if line.startswith("/"):
                    name, _, rest = line[1:].partition(" ")
                    if not command(sock, state, name, rest, extra):
                        raise EOFError
                else:
                    on_chat(sock, state["nick"], line)
    except (OSError, EOFError):
        pass
    finally:
        with lock:
            if clients.get(state["nick"]) is sock:
                del clients[state["nick"]]
        broadcast(f"* {state['nick']} left")
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()


def chat(sock, nick, text):
    broadcast(f"{nick}: {text}", sock)


def main(extra=None, on_chat=chat):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((HOST, PORT))
    server.listen(1024)
    print(f"listening on {HOST}:{PORT}")
    while True:
        sock, _ = server.accept()
        threading.Thread(target=serve, args=(sock, extra or {}, on_chat), daemon=True).start()


if __name__ == "__main__":
    main()
