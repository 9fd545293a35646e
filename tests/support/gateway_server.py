#!/usr/bin/env python3
"""A loopback stand-in for the five AI gateways, for the sync tests.

    gateway_server.py --key KEY [--page-cap N]

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout. Each kind lives
under its own prefix (/litellm, /openai, /anthropic, /helicone, /langfuse) and answers the endpoints
docs/gateways.md names, with that API's paging, from one deterministic data set of requests over
the 20 days before today (UTC). Control endpoints (no auth):

    POST /_faults   [{"status":429,"retry_after":1}, {"status":500}, {"stall":3}, {"truncate":true},
                     {"status":401}, {"skip":2}]   applied to the next data requests, one each
                     ({"skip":N} lets N requests through first)
    POST /_config   {"delay_ms":150}               delay every data response
    GET  /_expected?kind=K                         what a complete sync must store: records, cost_nanos,
                                                   prompt_tokens, completion_tokens, feedback
    GET  /_stats                                   {"requests": N}
"""
import argparse
import base64
import datetime as dt
import json
import os
import random
import sys
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

UTC = dt.timezone.utc
TENANTS = ["acme", "globex", "initech"]
USE_CASES = ["support-reply-draft", "ticket-classifier"]
MODELS = ["gpt-4o-mini", "claude-3-5-haiku"]


def make_requests(count=2500, seed=7):
    rng = random.Random(seed)
    today = dt.datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - dt.timedelta(days=20)
    rows = []
    for i in range(count):
        at = start + dt.timedelta(seconds=rng.randrange(0, 20 * 86400))
        rows.append({
            "id": f"req-{i:05d}",
            "at": at,
            "tenant": rng.choice(TENANTS),
            "use_case": rng.choice(USE_CASES),
            "model": rng.choice(MODELS),
            "prompt": rng.randrange(50, 3000),
            "completion": rng.randrange(10, 800),
            "cost_nanos": rng.randrange(10_000, 20_000_000),  # whole nano-dollars: sums are exact
            "latency": rng.randrange(100, 5000),
            "ok": rng.random() > 0.03,
        })
    rows.sort(key=lambda r: (r["at"], r["id"]))
    return rows


def make_feedback(requests, seed=11):
    rng = random.Random(seed)
    return [{"id": f"score-{i:05d}", "at": r["at"] + dt.timedelta(minutes=5), "tenant": r["tenant"],
             "use_case": r["use_case"], "observation": r["id"],
             "value": rng.choice(["accepted", "accepted", "edited", "rejected"])}
            for i, r in enumerate(requests) if i % 3 == 0]


def cents(nanos):
    """Nano-dollars as the decimal string of cents the Anthropic Admin API uses (exact: 1 cent = 10^7 nanos)."""
    return f"{nanos // 10**7}.{nanos % 10**7:07d}"


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_time(text):
    text = text.strip()
    if text.isdigit():
        return dt.datetime.fromtimestamp(int(text), UTC)
    text = text.replace("Z", "+00:00").replace(" ", "T")
    t = dt.datetime.fromisoformat(text)
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def day_buckets(requests, start, end, keys, value):
    """Aggregates requests in [start, end) by UTC day and key tuple."""
    buckets = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    for r in requests:
        if start <= r["at"] < end:
            day = r["at"].replace(hour=0, minute=0, second=0, microsecond=0)
            for name, amount in value(r).items():
                buckets[day][tuple(r[k] for k in keys)][name] += amount
    return [(day, buckets[day]) for day in sorted(buckets)]


class State:
    def __init__(self, key, page_cap):
        self.key = key
        self.page_cap = page_cap
        self.requests = make_requests()
        self.feedback = make_feedback(self.requests)
        self.faults = []
        self.delay_ms = 0
        self.served = 0
        self.lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: State = None

    def log_message(self, *args):
        pass

    def reply(self, status, payload, headers=None, truncate=False):
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        if truncate:
            body = body[: len(body) // 2]
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def body_json(self):
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}")

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def route(self, verb):
        url = urlparse(self.path)
        query = {k: v for k, v in parse_qs(url.query).items()}
        s = self.state
        if url.path == "/_faults":
            with s.lock:
                s.faults.extend(self.body_json())
            return self.reply(200, {"ok": True})
        if url.path == "/_config":
            s.delay_ms = self.body_json().get("delay_ms", 0)
            return self.reply(200, {"ok": True})
        if url.path == "/_stats":
            return self.reply(200, {"requests": s.served})
        if url.path == "/_expected":
            kind = query.get("kind", [""])[0]
            return self.reply(200, self.expected(kind))
        body = self.body_json() if verb == "POST" else {}
        kind, _, rest = url.path.lstrip("/").partition("/")
        with s.lock:
            s.served += 1
            fault = None
            while s.faults and "skip" in s.faults[0] and s.faults[0]["skip"] <= 0:
                s.faults.pop(0)
            if s.faults:
                if "skip" in s.faults[0]:
                    s.faults[0]["skip"] -= 1
                else:
                    fault = s.faults.pop(0)
        if s.delay_ms:
            time.sleep(s.delay_ms / 1000)
        if not self.authorized(kind):
            return self.reply(401, {"error": "invalid api key"})
        if fault and "status" in fault:
            headers = {"Retry-After": str(fault["retry_after"])} if "retry_after" in fault else {}
            return self.reply(fault["status"], {"error": "injected"}, headers)
        if fault and "stall" in fault:
            time.sleep(fault["stall"])
        handler = getattr(self, "serve_" + kind, None)
        if handler is None:
            return self.reply(404, {"error": "no such gateway " + kind})
        payload = handler("/" + rest, query, body)
        if payload is None:
            return self.reply(404, {"error": "no such endpoint " + url.path})
        self.reply(200, payload, truncate=bool(fault and fault.get("truncate")))

    def authorized(self, kind):
        key = self.state.key
        if kind == "anthropic":
            return self.headers.get("x-api-key") == key
        if kind == "langfuse":
            return self.headers.get("Authorization") == "Basic " + base64.b64encode(key.encode()).decode()
        return (self.headers.get("Authorization") or "") == "Bearer " + key

    # --- what a complete sync must store ---------------------------------------------------------
    def expected(self, kind):
        rows = self.state.requests
        if kind in ("openai", "anthropic"):
            # one usage record (tokens) and one cost record (USD) per day and key
            groups = {(r["at"].date(), r["tenant"], r["model"], r["use_case"]) for r in rows}
            records = 2 * len(groups)
        else:
            records = len(rows)
        return {"records": records,
                "cost_nanos": sum(r["cost_nanos"] for r in rows),
                "prompt_tokens": sum(r["prompt"] for r in rows),
                "completion_tokens": sum(r["completion"] for r in rows),
                "feedback": len(self.state.feedback) if kind == "langfuse" else 0}

    # --- the gateways ----------------------------------------------------------------------------
    def window(self, rows, start, end):
        return [r for r in rows if start <= r["at"] < end]

    def serve_litellm(self, path, q, _):
        if path != "/spend/logs/v2":
            return None
        rows = self.window(self.state.requests, parse_time(q["start_date"][0]), parse_time(q["end_date"][0]))
        size = min(int(q.get("page_size", ["50"])[0]), self.state.page_cap)
        page = int(q.get("page", ["1"])[0])
        chunk = rows[(page - 1) * size: page * size]
        return {"data": [{"request_id": r["id"], "call_type": "acompletion", "spend": r["cost_nanos"] / 1e9,
                          "prompt_tokens": r["prompt"], "completion_tokens": r["completion"],
                          "startTime": iso(r["at"]), "request_duration_ms": r["latency"], "model": r["model"],
                          "custom_llm_provider": "openai" if r["model"].startswith("gpt") else "anthropic",
                          "team_id": r["tenant"], "status": "success" if r["ok"] else "failure",
                          "metadata": {"spend_logs_metadata": {"use_case": r["use_case"]}}} for r in chunk],
                "total": len(rows), "page": page, "page_size": size,
                "total_pages": max(1, -(-len(rows) // size))}

    def serve_helicone(self, path, _, body):
        if path != "/v1/request/query-clickhouse":
            return None
        f = body["filter"]
        start = parse_time(f["left"]["request_response_rmt"]["request_created_at"]["gte"])
        end = parse_time(f["right"]["request_response_rmt"]["request_created_at"]["lt"])
        rows = self.window(self.state.requests, start, end)
        offset, limit = body.get("offset", 0), min(body.get("limit", 100), 1000)
        return {"data": [{"request_id": r["id"], "request_created_at": iso(r["at"]),
                          "response_status": 200 if r["ok"] else 500, "provider": "OPENAI",
                          "request_model": r["model"], "request_user_id": r["tenant"],
                          "request_properties": {"Feature": r["use_case"]}, "delay_ms": r["latency"],
                          "prompt_tokens": r["prompt"], "completion_tokens": r["completion"],
                          "total_tokens": r["prompt"] + r["completion"], "cost": r["cost_nanos"] / 1e9}
                         for r in rows[offset: offset + limit]], "error": None}

    def serve_langfuse(self, path, q, _):
        if path == "/api/public/v2/observations":
            rows = self.window(self.state.requests, parse_time(q["fromStartTime"][0]), parse_time(q["toStartTime"][0]))
            limit = min(int(q.get("limit", ["50"])[0]), self.state.page_cap)
            offset = int(base64.b64decode(q["cursor"][0]).decode()) if "cursor" in q else 0
            chunk = rows[offset: offset + limit]
            meta = {"cursor": base64.b64encode(str(offset + limit).encode()).decode()} \
                if offset + limit < len(rows) else {}
            return {"data": [{"id": r["id"], "traceId": "tr-" + r["id"], "type": "GENERATION", "startTime": iso(r["at"]),
                              "name": "generate", "level": "DEFAULT" if r["ok"] else "ERROR", "userId": r["tenant"],
                              "providedModelName": r["model"],
                              "usageDetails": {"input": r["prompt"], "output": r["completion"]},
                              "totalCost": r["cost_nanos"] / 1e9, "latency": r["latency"] / 1000,
                              "metadata": {"use_case": r["use_case"]}} for r in chunk], "meta": meta}
        if path == "/api/public/v2/scores":
            rows = self.window(self.state.feedback, parse_time(q["fromTimestamp"][0]), parse_time(q["toTimestamp"][0]))
            limit, page = int(q.get("limit", ["50"])[0]), int(q.get("page", ["1"])[0])
            chunk = rows[(page - 1) * limit: page * limit]
            return {"data": [{"id": f["id"], "timestamp": iso(f["at"]), "name": "outcome", "dataType": "CATEGORICAL",
                              "stringValue": f["value"], "observationId": f["observation"],
                              "metadata": {"use_case": f["use_case"]}, "userId": f["tenant"]} for f in chunk],
                    "meta": {"page": page, "limit": limit, "totalItems": len(rows),
                             "totalPages": max(1, -(-len(rows) // limit))}}
        return None

    def aggregate_pages(self, q, start, end, token_name, make_bucket):
        """Day buckets between start and end, `limit` days per page, next_page "pN"."""
        limit = int(q.get("limit", ["7"])[0])
        page = int(q.get(token_name, ["p0"])[0][1:])
        days = day_buckets(self.state.requests, start, end, ["tenant", "model", "use_case"],
                           lambda r: {"cost": r["cost_nanos"], "prompt": r["prompt"], "completion": r["completion"]})
        chunk = days[page * limit: (page + 1) * limit]
        more = (page + 1) * limit < len(days)
        return [make_bucket(day, keys) for day, keys in chunk], more, f"p{page + 1}"

    def serve_openai(self, path, q, _):
        start, end = parse_time(q["start_time"][0]), parse_time(q["end_time"][0])
        if path == "/organization/costs":
            def bucket(day, keys):
                return {"object": "bucket", "start_time": int(day.timestamp()),
                        "end_time": int((day + dt.timedelta(days=1)).timestamp()),
                        "results": [{"object": "organization.costs.result",
                                     "amount": {"value": v["cost"] / 1e9, "currency": "usd"}, "line_item": m,
                                     "project_id": t, "api_key_id": u} for (t, m, u), v in keys.items()]}
        elif path == "/organization/usage/completions":
            def bucket(day, keys):
                return {"object": "bucket", "start_time": int(day.timestamp()),
                        "end_time": int((day + dt.timedelta(days=1)).timestamp()),
                        "results": [{"object": "organization.usage.completions.result", "input_tokens": v["prompt"],
                                     "output_tokens": v["completion"], "num_model_requests": 1, "model": m,
                                     "project_id": t, "api_key_id": u} for (t, m, u), v in keys.items()]}
        else:
            return None
        data, more, token = self.aggregate_pages(q, start, end, "page", bucket)
        return {"object": "page", "data": data, "has_more": more, "next_page": token if more else None}

    def serve_anthropic(self, path, q, _):
        start, end = parse_time(q["starting_at"][0]), parse_time(q["ending_at"][0])
        if path == "/v1/organizations/cost_report":
            def bucket(day, keys):
                return {"starting_at": iso(day), "ending_at": iso(day + dt.timedelta(days=1)),
                        "results": [{"currency": "USD", "amount": cents(v["cost"]), "workspace_id": t,
                                     "api_key_id": u, "description": f"{m} usage", "cost_type": "tokens", "model": m}
                                    for (t, m, u), v in keys.items()]}
        elif path == "/v1/organizations/usage_report/messages":
            def bucket(day, keys):
                return {"starting_at": iso(day), "ending_at": iso(day + dt.timedelta(days=1)),
                        "results": [{"uncached_input_tokens": v["prompt"], "cache_read_input_tokens": 0,
                                     "cache_creation": {"ephemeral_1h_input_tokens": 0,
                                                        "ephemeral_5m_input_tokens": 0},
                                     "output_tokens": v["completion"], "model": m, "workspace_id": t,
                                     "api_key_id": u} for (t, m, u), v in keys.items()]}
        else:
            return None
        data, more, token = self.aggregate_pages(q, start, end, "page", bucket)
        return {"data": data, "has_more": more, "next_page": token if more else None}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--key", required=True)
    parser.add_argument("--page-cap", type=int, default=1000)
    args = parser.parse_args()
    Handler.state = State(args.key, args.page_cap)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    # The test holds our stdin open; when it ends (even by a crash) we end too, instead of keeping
    # CTest's output pipe open.
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
