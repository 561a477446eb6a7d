#!/usr/bin/python3
"""A tiny SMTP receiver for tests: listens on 127.0.0.1 (a free port, written to PORT_FILE),
accepts every message and stores it in SPOOL_DIR as NNNN.eml, with the envelope recipients
in NNNN.rcpt. Enough of RFC 5321 for sendmail-compatible clients such as msmtp.

    smtp_sink.py PORT_FILE SPOOL_DIR
"""
import os
import socketserver
import sys

spool = sys.argv[2]
counter = [0]


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 localhost test sink")
        rcpts, sender = [], None
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            if verb == "EHLO":
                self.reply("250-localhost")
                self.reply("250-8BITMIME")
                self.reply("250 SIZE 10485760")
            elif verb == "HELO":
                self.reply("250 localhost")
            elif verb == "MAIL":
                sender, rcpts = line[10:].strip(), []
                self.reply("250 ok")
            elif verb == "RCPT":
                rcpts.append(line[8:].strip().split()[0].strip("<>"))
                self.reply("250 ok")
            elif verb == "DATA":
                self.reply("354 end with .")
                data = bytearray()
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    if chunk.startswith(b".."):
                        chunk = chunk[1:]
                    data += chunk
                counter[0] += 1
                base = os.path.join(spool, f"{counter[0]:04}")
                with open(base + ".eml.tmp", "wb") as f:
                    f.write(bytes(data))
                with open(base + ".rcpt", "w") as f:
                    f.write("\n".join(rcpts) + "\n")
                os.rename(base + ".eml.tmp", base + ".eml")
                self.reply("250 queued")
            elif verb == "RSET":
                rcpts, sender = [], None
                self.reply("250 ok")
            elif verb == "NOOP":
                self.reply("250 ok")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


def main():
    os.makedirs(spool, exist_ok=True)
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler) as server:
        with open(sys.argv[1] + ".tmp", "w") as f:
            f.write(str(server.server_address[1]))
        os.rename(sys.argv[1] + ".tmp", sys.argv[1])
        server.serve_forever()


if __name__ == "__main__":
    main()
