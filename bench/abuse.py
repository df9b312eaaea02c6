#!/usr/bin/env python3
"""Abuse against a real switchyard-server on loopback, with /healthz timed throughout.

    bench/abuse.py [BUILD_DIR]      (default build-rel; a Release build of the server)

Starts the server on a free port in a temp data dir, then runs each attack in turn while a separate
connection asks GET /healthz every 20 ms. For each attack it prints the health checks' median, p99 and
maximum latency, how many failed, and the server's resident memory before, at the peak and 2 s after.
Every loop is bounded in count and time; only 127.0.0.1 is contacted.
"""
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BUILD = sys.argv[1] if len(sys.argv) > 1 else "build-rel"
SERVER = os.path.join(BUILD, "server", "switchyard-server")


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


class HealthProbe(threading.Thread):
    """GET /healthz every 20 ms on fresh connections; records latency in ms (None for a failure)."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.samples = []
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            start = time.monotonic()
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=2) as s:
                    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    data = b""
                    while b"\r\n\r\nok" not in data:
                        chunk = s.recv(4096)
                        if not chunk:
                            break
                        data += chunk
                ok = data.startswith(b"HTTP/1.1 200") and b"ok" in data
                self.samples.append((time.monotonic() - start) * 1000 if ok else None)
            except OSError:
                self.samples.append(None)
            time.sleep(0.02)


def slow_loris(port, n=2000, seconds=4):
    socks = []
    for _ in range(n):
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=2)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # never finished
            socks.append(s)
        except OSError:
            break
    time.sleep(seconds)
    for s in socks:
        s.close()
    return f"{len(socks)} half-sent headers held {seconds} s"


def idle_flood(port, n=3000, seconds=4):
    socks = []
    for _ in range(n):
        try:
            socks.append(socket.create_connection(("127.0.0.1", port), timeout=2))
        except OSError:
            break
    time.sleep(seconds)
    for s in socks:
        s.close()
    return f"{len(socks)} idle connections held {seconds} s (cap 1000)"


def unauthenticated_uploads(port, n=16, mb=32):
    chunk = b"x" * (256 * 1024)
    socks = []
    for i in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        target = b"/api/v1/models/x" if i % 2 else b"/score/nope"
        s.sendall(b"POST " + target + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
                  b"Content-Length: 268435456\r\n\r\n")
        socks.append(s)
    sent = 0
    for _ in range(mb * 4):
        for s in socks:
            try:
                s.sendall(chunk)
                sent += len(chunk)
            except OSError:
                pass
    for s in socks:
        s.close()
    return f"{n} unauthenticated 256 MB uploads, {sent // (1024 * 1024)} MB sent in all"


def aborted_bodies(port, n=2000):
    for _ in range(n):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                s.sendall(b"POST /api/v1/endpoints HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          b"Content-Length: 1000\r\n\r\n{\"na")
        except OSError:
            pass
    return f"{n} aborted bodies"


def smuggling(port, n=2000):
    for i in range(n):
        te = [b"xchunked", b"chunked, identity", b"gzip, chunked"][i % 3]
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                s.sendall(b"POST /api/v1/endpoints HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " + te +
                          b"\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                s.recv(4096)
        except OSError:
            pass
    return f"{n} smuggling attempts"


def main():
    data = tempfile.mkdtemp(prefix="sy-abuse-")
    server = subprocess.Popen([SERVER, "--listen", "127.0.0.1:0", "--data-dir", data, "--max-connections", "1000",
                               "--idle-timeout", "10"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    port = int(re.search(r":(\d+)$", line.strip()).group(1))
    time.sleep(0.5)
    print(f"server pid {server.pid}, port {port}, Release build {SERVER}")
    print(f"{'attack':58} {'median':>7} {'p99':>7} {'max':>7} {'failed':>6} {'rss before/peak/after (MB)':>28}")
    for attack in (slow_loris, idle_flood, unauthenticated_uploads, aborted_bodies, smuggling):
        before = rss_kb(server.pid)
        probe = HealthProbe(port)
        probe.start()
        peak = [before]
        watching = threading.Event()

        def watch():
            while not watching.is_set():
                peak[0] = max(peak[0], rss_kb(server.pid))
                time.sleep(0.05)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        what = attack(port)
        time.sleep(0.5)
        probe.stop.set()
        probe.join()
        watching.set()
        watcher.join()
        time.sleep(2)
        after = rss_kb(server.pid)
        ok = sorted(s for s in probe.samples if s is not None)
        failed = sum(1 for s in probe.samples if s is None)
        p99 = ok[min(len(ok) - 1, int(len(ok) * 0.99))] if ok else float("nan")
        print(f"{what:58} {statistics.median(ok) if ok else float('nan'):7.2f} {p99:7.2f} "
              f"{max(ok) if ok else float('nan'):7.2f} {failed:6d} "
              f"{before / 1024:8.1f} /{peak[0] / 1024:6.1f} /{after / 1024:6.1f}")
    with open(f"/proc/{server.pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    print(f"server CPU: {(int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK'):.1f} s; "
          f"still running: {server.poll() is None}")
    server.terminate()
    server.wait(timeout=40)
    log = server.stderr.read()
    print(f"server log: {len(log.splitlines())} lines")


if __name__ == "__main__":
    main()
