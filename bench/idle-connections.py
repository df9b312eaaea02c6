#!/usr/bin/env python3
"""Opens N keep-alive connections to a server, sends one request on each, keeps them open and idle,
and reports the server's resident memory (VmRSS from /proc/PID/status, summed over the given
processes: for nginx its master and workers) before, with them open, and after they close.

Usage: bench/idle-connections.py --url http://127.0.0.1:PORT/healthz --count 10000 [--tls] PID...
Standard library only. Loopback only: the URL's host must be 127.0.0.1.
"""
import argparse
import resource
import select
import socket
import ssl
import sys
import time
import urllib.parse


def rss_kib(pids):
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total


def read_response(sock):
    """Reads one HTTP/1.1 response; returns (status, keeps_alive)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("closed before the answer's header")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip().lower()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionError("closed in the answer's body")
        body += chunk
    return status, headers.get("connection") != "close"


def still_open(socks):
    """An idle connection has nothing to read; a readable one was closed (or answered unasked)."""
    poller = select.poll()
    for s in socks:
        poller.register(s.fileno(), select.POLLIN | select.POLLHUP | select.POLLERR)
    closed = {fd for fd, _ in poller.poll(0)}
    return sum(1 for s in socks if s.fileno() not in closed)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--tls", action="store_true", help="HTTPS (the certificate is not checked)")
    parser.add_argument("--label", default="server")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds idle before measuring")
    parser.add_argument("pids", nargs="+", type=int)
    args = parser.parse_args()

    url = urllib.parse.urlsplit(args.url)
    if url.hostname != "127.0.0.1":
        sys.exit("loopback only: the URL's host must be 127.0.0.1")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if hard < args.count + 64:
        sys.exit(f"the descriptor limit ({hard}) is too low for {args.count} connections")
    context = None
    if args.tls:
        # The bench's own self-signed certificate on loopback: nothing to verify it against here.
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    request = f"GET {url.path or '/'} HTTP/1.1\r\nHost: {url.netloc}\r\n\r\n".encode()

    time.sleep(1.0)
    before = rss_kib(args.pids)
    socks = []
    refused = 0
    started = time.monotonic()
    # In batches: connect and send on a batch, then read its answers, so the listen backlog never
    # overflows and each connection has been served once before it goes idle.
    batch = 200
    for first in range(0, args.count, batch):
        opened = []
        for _ in range(min(batch, args.count - first)):
            s = socket.create_connection((url.hostname, url.port), timeout=30)
            if context:
                s = context.wrap_socket(s, server_hostname=None)
            s.sendall(request)
            opened.append(s)
        for s in opened:
            status, alive = read_response(s)
            if status != 200 or not alive:
                refused += 1
        socks.extend(opened)
    took = time.monotonic() - started
    time.sleep(args.settle)
    with_open = rss_kib(args.pids)
    open_now = still_open(socks)
    for s in socks:
        s.close()
    time.sleep(args.settle)
    after_close = rss_kib(args.pids)

    grown = with_open - before
    per = grown / open_now if open_now else float("nan")
    print(f"{args.label}: {args.count} connections{' (TLS)' if args.tls else ''} opened and served once in "
          f"{took:.1f} s; {open_now} still open after {args.settle:.0f} s idle; {refused} answers not 200 keep-alive")
    print(f"  RSS before {before / 1024:.1f} MiB, with them open {with_open / 1024:.1f} MiB "
          f"(+{grown / 1024:.1f} MiB, {per:.2f} KiB per connection), after they closed {after_close / 1024:.1f} MiB")
    print(f"IDLE\t{args.label}\t{args.count}\t{open_now}\t{before}\t{with_open}\t{after_close}\t{per:.2f}")


if __name__ == "__main__":
    main()
