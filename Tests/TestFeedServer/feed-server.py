#!/usr/bin/env python3
"""Deterministic HTTP server for the feed fetcher tests (stdlib only).

Usage: python3 feed-server.py [--port 0] [--directory DIR]

Binds 127.0.0.1 only. Once listening it prints "PORT <n>" on stdout, so the
parent learns the port without racing. SIGTERM or SIGINT stops it cleanly.

Routes (GET only; every request except /_* is recorded):
  /_requests                 JSON list of recorded requests (method, path,
                             if_none_match, if_modified_since, user_agent,
                             accept_encoding; null when the header is absent)
  /_reset                    clear the request log, all feed versions and the in-flight peak
  /_max_in_flight            the most ?delay-ms requests waiting at once
  /_bump/<name>              increment the version of /rss/<name>.xml
  /rss/<name>.xml            RSS 2.0 with <version> items, ETag "<name>-v<version>",
                             Last-Modified; 304 on If-None-Match / If-Modified-Since;
                             ?delay-ms=N answers after N ms (to see how many run at once)
  /plain/<name>.xml          version-1 body, no validators
  /gzip/<name>.xml           version-1 body, gzip when Accept-Encoding allows it
  /deflate/<name>.xml        version-1 body, zlib deflate when Accept-Encoding allows it
  /gzip-bomb.xml?mb=N        gzip body inflating to N MiB (default 100)
  /redirect/<code>/<rest>    <code> redirect to /<rest> (query kept); nestable
  /loop/a, /loop/b           302 to each other forever
  /status/<code>             that status; ?retry-after=V adds "Retry-After: V"
  /hang                      never answers; closes after the client leaves or 120 s
  /drip                      ~200-byte RSS with Content-Length, one byte per second
  /big.xml?mb=N              N MiB (default 30) with Content-Length, streamed
  /big-chunked.xml?mb=N      the same with Transfer-Encoding: chunked
  /page/with-alternate.html, /page/without-alternate.html,
  /page/with-json-alternate.html   HTML pages for feed discovery
  /json/<name>.json          JSON Feed 1.1
  /files/<path>              file under --directory, with ETag/Last-Modified/304
  anything else              404
"""

import argparse
import datetime
import email.utils
import gzip
import json
import os
import re
import signal
import socket
import socketserver
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}
MIB = 1024 * 1024
CHUNK = 64 * 1024
RSS_TYPE = "application/rss+xml; charset=utf-8"
LAST_MODIFIED_BASE = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
PUBDATE_BASE = datetime.datetime(2026, 11, 2, 10, 0, tzinfo=datetime.timezone.utc)
BIG_PROLOGUE = (b'<?xml version="1.0"?><rss version="2.0"><channel>'
                b"<title>Big</title><description>")
BOMB_PROLOGUE = b'<?xml version="1.0"?><rss version="2.0"><channel><title>'

# Shared state. Handlers run on many threads, so everything goes through LOCK.
LOCK = threading.Lock()
REQUESTS = []       # recorded requests, see /_requests
IN_FLIGHT = 0       # ?delay-ms requests waiting now
MAX_IN_FLIGHT = 0   # the most at once since the start or /_reset
VERSIONS = {}       # feed name -> current version (absent means 1)
BOMBS = {}          # inflated size -> gzip bytes (built once, kept across /_reset)
FILES = {}          # absolute path -> (size, mtime_ns, body, etag, last_modified)
DIRECTORY = None    # set from --directory


def http_date(when):
    return email.utils.format_datetime(when, usegmt=True)


def parse_http_date(value):
    """Return an aware datetime, or None when the header does not parse."""
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed


def etag_matches(if_none_match, etag):
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or etag in tags


def accepts(accept_encoding, coding):
    """True when Accept-Encoding lists `coding` (or *) without q=0."""
    for part in (accept_encoding or "").split(","):
        name, _, params = part.partition(";")
        q = params.replace(" ", "").lower().removeprefix("q=")
        try:
            refused = bool(params.strip()) and float(q) == 0
        except ValueError:
            refused = False
        if name.strip().lower() in (coding, "*") and not refused:
            return True
    return False


def query_mb(query, default):
    """Size in bytes from ?mb=N (fractions allowed, so tests can stay small)."""
    try:
        return max(0, int(float(parse_qs(query).get("mb", [default])[0]) * MIB))
    except ValueError:
        return int(default * MIB)


def rss_body(name, version, port):
    base = f"http://127.0.0.1:{port}"
    items = "".join(
        f"<item><title>{name} item {k}</title>"
        f"<link>{base}/posts/{name}/{k}</link>"
        f'<guid isPermaLink="true">{base}/posts/{name}/{k}</guid>'
        f"<pubDate>{http_date(PUBDATE_BASE + datetime.timedelta(minutes=k))}</pubDate>"
        f"<description>About {name} number {k}</description></item>\n"
        for k in range(1, version + 1))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"<title>Feed {name}</title><link>{base}/site/{name}</link>"
            f"<description>Test feed {name}</description>\n{items}"
            f"</channel></rss>\n").encode()


def build_bomb(size):
    """Compress `size` bytes piecewise so we never hold the inflated form."""
    with LOCK:
        if size in BOMBS:
            return BOMBS[size]
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31 = gzip wrapper
    parts = [compressor.compress(BOMB_PROLOGUE[:size])]
    remaining = size - min(size, len(BOMB_PROLOGUE))
    filler = b" " * MIB
    while remaining > 0:
        parts.append(compressor.compress(filler[:remaining]))
        remaining -= min(remaining, MIB)
    parts.append(compressor.flush())
    with LOCK:
        return BOMBS.setdefault(size, b"".join(parts))


def load_file(relative):
    """Return (body, etag, last_modified) for a file under DIRECTORY, or None.

    The stat per request is cheap and lets tests rewrite files; the bytes and
    validators are cached until size or mtime change.
    """
    if DIRECTORY is None:
        return None
    relative = unquote(relative)
    if "\0" in relative:
        return None  # the os.path functions raise on NUL bytes
    path = os.path.realpath(os.path.join(DIRECTORY, relative))
    if os.path.commonpath([path, DIRECTORY]) != DIRECTORY or not os.path.isfile(path):
        return None  # also rejects ".." escapes and symlinks out of the tree
    st = os.stat(path)
    with LOCK:
        cached = FILES.get(path)
    if cached and cached[:2] == (st.st_size, st.st_mtime_ns):
        return cached[2:]
    with open(path, "rb") as f:
        body = f.read()
    mtime = datetime.datetime.fromtimestamp(int(st.st_mtime), datetime.timezone.utc)
    entry = (st.st_size, st.st_mtime_ns, body,
             f'"{st.st_size:x}-{st.st_mtime_ns:x}"', http_date(mtime))
    with LOCK:
        FILES[path] = entry
    return entry[2:]


PAGE_HEAD = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title>\n{links}</head>\n'
PAGE_BODY = "<body><h1>{title}</h1><p>Nothing to see here.</p></body></html>\n"
PAGES = {
    "with-alternate": (
        '<link rel="stylesheet" href="/s.css">\n'
        '<link rel="alternate" type="application/rss+xml" title="Posts" href="/rss/discovered.xml">\n'
        '<link rel="alternate" type="application/atom+xml" href="/atom-not-served.xml">\n'),
    "without-alternate": '<link rel="stylesheet" href="/s.css">\n',
    "with-json-alternate": (
        '<link rel="alternate" type="application/feed+json" title="JSON" href="/json/discovered.json">\n'),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"   # keep-alive, so every response is framed
    disable_nagle_algorithm = True  # headers and body go out in separate sends

    def log_message(self, format, *args):
        pass  # tests parse stdout; keep stdout and stderr quiet

    # -- helpers ---------------------------------------------------------

    def respond(self, status, body=b"", content_type="text/plain; charset=utf-8", headers=()):
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        if status in (204, 304):
            self.end_headers()  # these never carry a body or its length
            return
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def validated(self, body, content_type, etag, last_modified, extra=()):
        """Serve body, or 304 when the request's validators still hold."""
        headers = [("ETag", etag), ("Last-Modified", last_modified), *extra]
        inm = self.headers.get("If-None-Match")
        ims = parse_http_date(self.headers.get("If-Modified-Since"))
        if inm is not None:
            fresh = etag_matches(inm, etag)  # RFC 9110: INM wins over IMS
        else:
            fresh = ims is not None and ims >= parse_http_date(last_modified)
        self.respond(304 if fresh else 200, body, content_type, headers)

    def encoded(self, body, coding):
        """Compress only if the client asked for this coding."""
        if not accepts(self.headers.get("Accept-Encoding"), coding):
            return self.respond(200, body, RSS_TYPE, [("Vary", "Accept-Encoding")])
        data = gzip.compress(body, mtime=0) if coding == "gzip" else zlib.compress(body)
        self.respond(200, data, RSS_TYPE, [("Content-Encoding", coding), ("Vary", "Accept-Encoding")])

    def stream(self, size, chunked):
        """Write `size` bytes of RSS-ish filler without materialising them."""
        self.send_response(200)
        self.send_header("Content-Type", RSS_TYPE)
        self.send_header("Transfer-Encoding" if chunked else "Content-Length",
                         "chunked" if chunked else str(size))
        self.end_headers()
        head, filler, sent = BIG_PROLOGUE[:size], b"x" * CHUNK, 0
        while sent < size:
            piece = head if sent == 0 and head else filler[:min(CHUNK, size - sent)]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            sent += len(piece)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def client_gone(self):
        """Peek the socket: zero bytes means the peer closed. A timeout rather
        than select() because select() breaks on descriptors >= 1024."""
        self.connection.settimeout(0.25)
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except TimeoutError:
            return False
        except OSError:
            return True

    # -- dispatch --------------------------------------------------------

    def do_GET(self):
        parts = urlsplit(self.path)
        path, query = parts.path, parts.query
        if not path.startswith("/_"):
            with LOCK:
                REQUESTS.append({
                    "method": self.command, "path": self.path,
                    "if_none_match": self.headers.get("If-None-Match"),
                    "if_modified_since": self.headers.get("If-Modified-Since"),
                    "user_agent": self.headers.get("User-Agent"),
                    "accept_encoding": self.headers.get("Accept-Encoding")})
        try:
            self.route(path, query)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # client left mid-body; nothing to do

    def wait_counted(self, seconds):
        """Sleeps, counted in IN_FLIGHT: only the wait before the answer, so that a client
        whose answer is on its way (and which may start its next request) is not counted."""
        global IN_FLIGHT, MAX_IN_FLIGHT
        with LOCK:
            IN_FLIGHT += 1
            MAX_IN_FLIGHT = max(MAX_IN_FLIGHT, IN_FLIGHT)
        try:
            time.sleep(seconds)
        finally:
            with LOCK:
                IN_FLIGHT -= 1

    def route(self, path, query):
        port = self.server.server_address[1]
        if path == "/_requests":
            with LOCK:
                data = json.dumps(REQUESTS).encode()
            return self.respond(200, data, "application/json")
        if path == "/_reset":
            global MAX_IN_FLIGHT
            with LOCK:
                REQUESTS.clear()
                VERSIONS.clear()
                MAX_IN_FLIGHT = 0
            return self.respond(200, b"ok")
        if path == "/_max_in_flight":
            with LOCK:
                peak = MAX_IN_FLIGHT
            return self.respond(200, str(peak).encode())
        if m := re.fullmatch(r"/_bump/([\w.-]+)", path):
            with LOCK:
                VERSIONS[m[1]] = VERSIONS.get(m[1], 1) + 1
            return self.respond(200, b"ok")
        if m := re.fullmatch(r"/rss/([\w.-]+)\.xml", path):
            if delay := parse_qs(query).get("delay-ms"):
                self.wait_counted(int(delay[0]) / 1000)
            with LOCK:
                version = VERSIONS.get(m[1], 1)
            modified = http_date(LAST_MODIFIED_BASE + datetime.timedelta(hours=version))
            return self.validated(rss_body(m[1], version, port), RSS_TYPE,
                                  f'"{m[1]}-v{version}"', modified)
        if m := re.fullmatch(r"/plain/([\w.-]+)\.xml", path):
            return self.respond(200, rss_body(m[1], 1, port), RSS_TYPE)
        if m := re.fullmatch(r"/(gzip|deflate)/([\w.-]+)\.xml", path):
            return self.encoded(rss_body(m[2], 1, port), m[1])
        if path == "/gzip-bomb.xml":
            return self.respond(200, build_bomb(query_mb(query, 100)), RSS_TYPE,
                                [("Content-Encoding", "gzip")])
        if m := re.fullmatch(r"/redirect/(3\d\d)/(.*)", path):
            location = "/" + m[2] + ("?" + query if query else "")
            return self.respond(int(m[1]), headers=[("Location", location)])
        if m := re.fullmatch(r"/loop/([ab])", path):
            target = "/loop/b" if m[1] == "a" else "/loop/a"
            return self.respond(302, headers=[("Location", target)])
        if m := re.fullmatch(r"/status/([2-5]\d\d)", path):
            retry = parse_qs(query).get("retry-after")
            headers = [("Retry-After", retry[0])] if retry else []
            return self.respond(int(m[1]), f"status {m[1]}\n".encode(), headers=headers)
        if path == "/hang":
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not self.client_gone():
                time.sleep(0.25)  # peer may have sent more data; don't spin
            self.close_connection = True  # close without any response
            return
        if path == "/drip":
            return self.drip(port)
        if path in ("/big.xml", "/big-chunked.xml"):
            return self.stream(query_mb(query, 30), chunked=path == "/big-chunked.xml")
        if m := re.fullmatch(r"/page/([a-z-]+)\.html", path):
            if m[1] in PAGES:
                html = PAGE_HEAD.format(title=m[1], links=PAGES[m[1]]) + PAGE_BODY.format(title=m[1])
                return self.respond(200, html.encode(), "text/html; charset=utf-8")
        if m := re.fullmatch(r"/json/([\w.-]+)\.json", path):
            feed = {"version": "https://jsonfeed.org/version/1.1", "title": f"JSON {m[1]}",
                    "items": [{"id": "1", "url": f"http://127.0.0.1:{port}/posts/json/1",
                               "title": f"{m[1]} json item", "content_text": "hello"}]}
            return self.respond(200, json.dumps(feed).encode(), "application/feed+json")
        if path.startswith("/files/") and (found := load_file(path[len("/files/"):])):
            return self.validated(found[0], "application/xml", found[1], found[2])
        self.respond(404, b"not found\n")

    def drip(self, port):
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Drip</title>'
                f"<link>http://127.0.0.1:{port}/site/drip</link><description>One byte per second"
                f"</description><item><title>slow</title>"
                f"</item></channel></rss>\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for i in range(len(body)):
            self.wfile.write(body[i:i + 1])  # wfile is unbuffered: one send per byte
            self.wfile.flush()
            time.sleep(1)


class Server(ThreadingHTTPServer):
    daemon_threads = True       # stuck /hang or /drip threads must not block exit
    request_queue_size = 128    # the 1,000-feed benchmark opens many connections

    def server_bind(self):
        # HTTPServer.server_bind calls socket.getfqdn(), a reverse DNS lookup
        # that can stall for seconds on misconfigured machines. Skip it.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def process_request(self, request, client_address):
        # Worker threads inherit the signal mask. With SIGTERM blocked in them
        # the kernel delivers it to the main thread, interrupting its select()
        # at once instead of after serve_forever's 0.5 s poll interval.
        old = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            super().process_request(request, client_address)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)

    def handle_error(self, request, client_address):
        # Clients in these tests hang up on purpose (timeouts, size limits);
        # only report genuine server bugs.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def main():
    global DIRECTORY
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--directory")
    args = parser.parse_args()
    if args.directory:
        DIRECTORY = os.path.realpath(args.directory)

    server = Server(("127.0.0.1", args.port), Handler)

    def stop(signum, frame):
        raise SystemExit(0)  # unwinds serve_forever() on the main thread

    # A child inherits its parent's signal mask, and a Swift test process may
    # have SIGTERM blocked in the thread that starts us: unblock it, or
    # terminate() would never reach us.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    for signum in STOP_SIGNALS:
        signal.signal(signum, stop)
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
