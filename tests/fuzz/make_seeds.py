#!/usr/bin/env python3
"""Writes the hand-made seed inputs of the fuzz targets into corpus/<target>/seed-*.

Seeds are valid bodies and requests as docs/rest-api.md and the tests send them, plus a few edge cases.
Run again after editing; libFuzzer's own finds (bench/fuzz.sh) sit beside them under their hash names.
"""
import base64
import hashlib
import hmac
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ADMIN = "fuzz-admin-token"


def write(target, name, data, folder="corpus", prefix="seed-"):
    if isinstance(data, str):
        data = data.encode()
    os.makedirs(os.path.join(HERE, folder, target), exist_ok=True)
    path = os.path.join(HERE, folder, target, prefix + name)
    with open(path, "wb") as f:
        f.write(data)


VERSION = {
    "version_name": "blue", "model": "churn:1", "cpu_cores": 0.5, "memory_gb": 1.0,
    "autoscale_enabled": True, "autoscale_min_replicas": 1, "autoscale_max_replicas": 4,
    "autoscale_target_utilization": 70, "autoscale_refresh_seconds": 1,
    "replica_max_concurrent_requests": 1, "max_request_wait_time": 500, "scoring_timeout_ms": 60000,
    "period_seconds": 10, "initial_delay_seconds": 310, "timeout_seconds": 2, "success_threshold": 1,
    "failure_threshold": 3, "traffic_percentile": 0, "is_default": False, "is_control_version_type": False,
    "collect_model_data": True, "description": "the blue one", "tags": {"team": "risk"},
}
COMMAND_VERSION = {
    "version_name": "green", "model": "churn:2", "num_replicas": 2, "autoscale_enabled": False,
    "inference_config": {"runtime": "command", "command": ["python3", "serve.py"], "env": {"A": "1"},
                         "health_path": "/health", "score_path": "/score"},
}
ENDPOINT = {"name": "churn", "description": "churn model", "tags": {"owner": "ds"}, "auth_enabled": True,
            "token_auth_enabled": False, "version": {"version_name": "blue", "model": "churn:1"}}

core = {
    "version": VERSION,
    "version-command": COMMAND_VERSION,
    "version-minimal": {"version_name": "blue", "model": "churn:1"},
    "endpoint": ENDPOINT,
    "endpoint-token": dict(ENDPOINT, auth_enabled=False, token_auth_enabled=True),
    "endpoint-patch": {"description": "new", "tags": {}, "auth_enabled": False, "token_auth_enabled": True},
    "version-patch": {"traffic_percentile": 30, "is_default": True, "num_replicas": None,
                      "autoscale_min_replicas": 2, "autoscale_max_replicas": 5, "description": "x",
                      "tags": {"a": "b"}, "collect_model_data": False},
    "version-patch-fixed": {"num_replicas": 3, "autoscale_enabled": False},
    "traffic": {"traffic": {"blue": 70, "green": 30}, "default_version": "blue", "control_version": None},
    "traffic-control": {"traffic": {"blue": 100}, "control_version": "green"},
    "inference": {"runtime": "builtin"},
}
for name, body in core.items():
    write("core_specs", name, json.dumps(body))
write("core_specs", "empty-object", "{}")
write("core_specs", "array", "[1, 2]")
write("core_specs", "huge-unsigned", '{"version_name": "blue", "model": "m:1", "num_replicas": 18446744073709551615}')
write("core_specs", "tiny-cpu", '{"version_name": "blue", "model": "m:1", "cpu_cores": 5e-324}')
write("core_specs", "duplicate-key", '{"name": "a-b", "name": "c-d", "version": {}}')
write("core_specs", "not-utf8", b'{"version_name": "bl\xffue", "model": "m:1"}')
write("core_specs", "unicode", '{"description": "caf\\u00e9 \\ud83d\\ude00", "tags": {"\\u00e9": "x"}}')
write("core_specs", "model-ref", '{"model": "demo:01", "name": "x", "version_name": "Blue"}')

# JWT: first byte picks the mode (0 token, 1 header\nclaims signed here, 2 base64url, 3 endpoint name).
SECRET = b"s" * 32


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def token(header, claims):
    signing = b64(header.encode()) + b"." + b64(claims.encode())
    return signing + b"." + b64(hmac.new(SECRET, signing, hashlib.sha256).digest())


HEADER = '{"alg":"HS256","typ":"JWT"}'
CLAIMS = '{"iss":"switchyard","aud":"ep-one","epo":"epoch-1","iat":1800000000,"nbf":1800000000,"exp":1800003600}'
write("jwt", "valid-token", b"\x00" + token(HEADER, CLAIMS))
write("jwt", "expired-token", b"\x00" + token(HEADER, '{"aud":"ep-one","exp":1700000000}'))
write("jwt", "garbage-token", b"\x00a.b.c")
write("jwt", "signed-claims", b"\x01" + (HEADER + "\n" + CLAIMS).encode())
write("jwt", "signed-alg-none", b"\x01" + ('{"alg":"none"}\n' + CLAIMS).encode())
write("jwt", "signed-exp-float", b"\x01" + (HEADER + '\n{"aud":"ep-one","exp":1.9e9}').encode())
write("jwt", "signed-exp-huge", b"\x01" + (HEADER + '\n{"aud":"ep-one","exp":18446744073709551615}').encode())
# Regression inputs (JwtSigner before 76d2a7b: "alg" not a string threw from json::value).
write("jwt", "alg-not-a-string", b"\x01" + ('{"alg":5}\n' + CLAIMS).encode(), "corpus", "crash-")
# (JwtSigner before 76d2a7b: an nbf of 2^64-1 wrapped to -1 in get<int64_t> and the token was accepted.)
write("jwt", "nbf-unsigned-wraps", b"\x01" + (HEADER + '\n{"aud":"ep-one","epo":"epoch-1","nbf":18446744073709551615,'
      '"exp":1800003600}').encode(), "corpus", "crash-")
write("jwt", "base64", b"\x02" + b64(b"hello world \xff\x00"))
write("jwt", "mint", b"\x03ep-one")

# Server: raw HTTP/1.1 bytes, possibly several pipelined requests.


def req(method, target, body=None, ctype="application/json", auth=ADMIN, extra="", close=False):
    lines = [f"{method} {target} HTTP/1.1", "Host: fuzz"]
    if auth:
        lines.append(f"Authorization: Bearer {auth}")
    if body is not None:
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        lines.append(f"Content-Type: {ctype}")
        lines.append(f"Content-Length: {len(body.encode() if isinstance(body, str) else body)}")
    if extra:
        lines.append(extra)
    if close:
        lines.append("Connection: close")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode()
    if body is None:
        return head
    return head + (body.encode() if isinstance(body, str) else body)


UPLOAD = req("POST", "/api/v1/models/churn", "weights", "application/octet-stream")
CREATE = req("POST", "/api/v1/endpoints", ENDPOINT)
server = {
    "healthz": req("GET", "/healthz", auth=None),
    "metrics": req("GET", "/metrics"),
    "cluster": req("GET", "/api/v1/cluster"),
    "cluster-unauthorized": req("GET", "/api/v1/cluster", auth=None),
    "cluster-wrong-token": req("GET", "/api/v1/cluster", auth="fuzz-admin-tokeX"),
    "models": req("GET", "/api/v1/models"),
    "upload": UPLOAD,
    "endpoints": req("GET", "/api/v1/endpoints"),
    "create": UPLOAD + CREATE,
    "create-and-use": UPLOAD + CREATE + req("GET", "/api/v1/endpoints/churn")
    + req("PATCH", "/api/v1/endpoints/churn", {"description": "d2", "tags": {"k": "v"}})
    + req("POST", "/api/v1/endpoints/churn/versions", COMMAND_VERSION | {"model": "churn:1"})
    + req("PUT", "/api/v1/endpoints/churn/traffic", {"traffic": {"blue": 60, "green": 40}})
    + req("PATCH", "/api/v1/endpoints/churn/versions/green", {"traffic_percentile": 40})
    + req("GET", "/api/v1/endpoints/churn/versions/blue"),
    "versions-misc": UPLOAD + CREATE + req("GET", "/api/v1/endpoints/churn/versions/blue/logs?tail=5")
    + req("GET", "/api/v1/endpoints/churn/versions/blue/collected?limit=3")
    + req("GET", "/api/v1/endpoints/churn/metrics?seconds=60")
    + req("GET", "/api/v1/endpoints/churn/keys")
    + req("POST", "/api/v1/endpoints/churn/keys/regenerate", {"key_type": "Secondary"})
    + req("DELETE", "/api/v1/endpoints/churn/versions/blue")
    + req("DELETE", "/api/v1/endpoints/churn"),
    "token": UPLOAD + req("POST", "/api/v1/endpoints", dict(ENDPOINT, auth_enabled=False, token_auth_enabled=True))
    + req("POST", "/api/v1/endpoints/churn/token", {}) + req("POST", "/score/churn", {"data": [[1, 2]]}, auth="x.y.z"),
    "events": UPLOAD + req("GET", "/api/v1/events?after=0&wait=0"),
    "events-wait": req("GET", "/api/v1/events?after=1000&wait=1"),
    "score-unknown": req("POST", "/score/nope", {"data": [[1.0, 2.0]]}, auth="key"),
    "score-known": UPLOAD + CREATE + req("POST", "/score/churn", {"data": [[1.0, 2.0]]}, auth="key",
                                         extra="X-Switchyard-Version: blue"),
    "score-percent-ff": req("POST", "/score/%ff", "{}", auth=None),
    "score-raw-ff": b"POST /score/\xff HTTP/1.1\r\nHost: fuzz\r\nContent-Type: application/json\r\n"
    b"Content-Length: 2\r\n\r\n{}",
    "path-percent": req("GET", "/api/v1/endpoints/%ff%00"),
    "method-not-allowed": req("DELETE", "/api/v1/models"),
    "wrong-media-type": req("POST", "/api/v1/endpoints", "{}", "text/plain"),
    "bad-json": req("POST", "/api/v1/endpoints", "{\"name\": "),
    "chunked": b"POST /api/v1/endpoints HTTP/1.1\r\nHost: fuzz\r\nAuthorization: Bearer " + ADMIN.encode()
    + b"\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    "xchunked": b"POST /api/v1/endpoints/churn/token HTTP/1.1\r\nHost: fuzz\r\nTransfer-Encoding: xchunked\r\n\r\n"
    b"GET /healthz HTTP/1.1\r\nHost: fuzz\r\n\r\n",
    "http10": b"GET /healthz HTTP/1.0\r\n\r\n",
    "head": req("HEAD", "/api/v1/cluster"),
    "query": req("GET", "/api/v1/events?after=-1&wait=99&x=%zz"),
    "too-large": req("POST", "/api/v1/endpoints", auth=ADMIN, extra="Content-Length: 99999999999"),
    "expect": req("POST", "/api/v1/models/m", "abc", "application/octet-stream", extra="Expect: 100-continue"),
    "close": req("GET", "/healthz", auth=None, close=True) + req("GET", "/healthz", auth=None),
}
for name, data in server.items():
    write("server_request", name, data)

# Client answers: corpus/client_answers/seed-answer-* are real answers of the server (replay the
# server_request corpus with SWITCHYARD_FUZZ_SAVE_ANSWERS=DIR and copy the distinct bodies); these add
# the answers that replay does not produce.
write("client_answers", "token", json.dumps({"access_token": "a.b.c", "token_type": "Bearer",
                                             "expiry_on": 1800003600, "refresh_after": 1800001800}))
write("client_answers", "metrics-events", json.dumps({
    "interval_seconds": 1, "versions": {"blue": {"t": [1, 2], "replicas": [1, None], "utilization": [0.5, 1e308]}},
    "events": [{"t": 1, "version": "blue", "kind": "ScaledUp", "from": 1, "to": 3, "reason": "busy"}]}))
write("client_answers", "prometheus", "# TYPE switchyard_version_replicas gauge\n"
      'switchyard_version_replicas{endpoint="churn",version="blue"} 2\n'
      'switchyard_version_utilization_percent{endpoint="churn",version="blue"} 42.125\n'
      'switchyard_version_ready_replicas{version="x"} NaN\n')
write("client_answers", "error-not-contract", "<html>502 Bad Gateway</html>\r\n")

# Watch streams (tests/kubernetes/fuzz_watch_stream.cpp): two bytes choose the line limit (1 + 4 * b0) and
# the chunk sizes, the rest is the stream.
POD_ADDED = '{"type":"ADDED","object":{"kind":"Pod","metadata":{"name":"a","resourceVersion":"5"}}}'
POD_BOOKMARK = '{"type":"BOOKMARK","object":{"kind":"Pod","metadata":{"resourceVersion":"9"}}}'
GONE = ('{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","status":"Failure",'
        '"message":"too old resource version: 5 (42)","reason":"Expired","code":410}}')
write("watch_stream", "events", bytes([63, 7]) + (POD_ADDED + "\n" + POD_BOOKMARK + "\n").encode())
write("watch_stream", "crlf-and-blank", bytes([63, 3]) + ("\r\n" + POD_ADDED + "\r\n\n \t\n" + GONE + "\r\n").encode())
write("watch_stream", "unfinished", bytes([63, 200]) + (POD_ADDED + "\n" + POD_ADDED[:30]).encode())
write("watch_stream", "too-long", bytes([10, 1]) + b"short\n" + POD_ADDED.encode() + b"\n")
write("watch_stream", "not-events", bytes([40, 99]) + b'hello\n[]\n{"type":1,"object":{}}\n{"type":"A","object":"x"}\n')
