#!/usr/bin/env python3
"""A minimal SMTP sink for the delivery tests (stdlib only; smtpd is gone from Python 3.12).

Usage: python3 smtp-sink.py --directory DIR [--port 0] [--fail-rcpt ADDRESS]

Binds 127.0.0.1 and prints "PORT <n>" once listening. Speaks just enough RFC 5321 for msmtp:
EHLO/HELO, MAIL FROM, RCPT TO, DATA (dot-unstuffed), RSET, NOOP, QUIT. Each message is saved
as DIR/NNNN.eml, with DIR/NNNN.json holding the envelope (mail_from, rcpt_to). A RCPT TO for
--fail-rcpt is refused with 550, so a delivery failure can be tested.
"""

import argparse
import itertools
import json
import os
import signal
import socketserver
import threading

COUNTER = itertools.count(1)
LOCK = threading.Lock()


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink ESMTP")
        mail_from, rcpt_to = None, []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-sink" if verb == "EHLO" else "250 sink")
                if verb == "EHLO":
                    self.reply("250 8BITMIME")
            elif command.upper().startswith("MAIL FROM:"):
                mail_from, rcpt_to = command[10:].strip(), []
                self.reply("250 OK")
            elif command.upper().startswith("RCPT TO:"):
                address = command[8:].strip().strip("<>")
                if address == self.server.fail_rcpt:
                    self.reply("550 no such user here")
                else:
                    rcpt_to.append(address)
                    self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    if line.startswith(b".."):
                        line = line[1:]  # RFC 5321 section 4.5.2: dot-stuffing
                    lines.append(line)
                with LOCK:
                    number = next(COUNTER)
                base = os.path.join(self.server.directory, "%04d" % number)
                with open(base + ".eml", "wb") as file:
                    file.write(b"".join(lines))
                with open(base + ".json", "w") as file:
                    json.dump({"mail_from": mail_from, "rcpt_to": rcpt_to}, file)
                self.reply("250 OK queued as %d" % number)
            elif verb == "RSET":
                mail_from, rcpt_to = None, []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--directory", required=True)
    parser.add_argument("--fail-rcpt")
    args = parser.parse_args()
    server = Server(("127.0.0.1", args.port), Handler)
    server.directory = args.directory
    server.fail_rcpt = args.fail_rcpt
    # See feed-server.py: a child may inherit SIGTERM blocked.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(SystemExit(0)))
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
