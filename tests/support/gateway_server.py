#!/usr/bin/env python3
"""A loopback stand-in for the five AI gateways, for the sync tests.

    gateway_server.py --key KEY [--page-cap N]

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout. Each kind lives
under its own prefix (/litellm, /openai, /anthropic, /helicone, /langfuse) and answers the endpoints
docs/gateways.md names, with that API's paging, from one deterministic data set of requests over
the 20 days before today (UTC). Control endpoints (no auth):

    POST /_faults   [{"status":429,"retry_after":1}, {"status":500}, {"stall":3}, {"truncate":true},
                     {"status":401}, {"skip":2}, {"redirect":URL}]
                                                   applied to the next data requests, one each
                     ({"skip":N} lets N requests through first)
    POST /_config   {"delay_ms":150}               delay every data response
    GET  /_expected?kind=K                         what a complete sync must store: records, cost_nanos,
                                                   prompt_tokens, completion_tokens, feedback
    GET  /_stats                                   {"requests": N, "with_credentials": N}: data requests,
                                                   and those that carried an API key header
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
        self.paging = None  # a misbehaving proxy or gateway (see misbehave()); None: the API as published
        self.answers = 0
        self.served = 0
        self.with_credentials = 0
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
            config = self.body_json()
            s.delay_ms = config.get("delay_ms", 0)
            s.paging = config.get("paging")
            s.answers = 0
            return self.reply(200, {"ok": True})
        if url.path == "/_stats":
            return self.reply(200, {"requests": s.served, "with_credentials": s.with_credentials})
        if url.path == "/_expected":
            kind = query.get("kind", [""])[0]
            return self.reply(200, self.expected(kind))
        body = self.body_json() if verb == "POST" else {}
        kind, _, rest = url.path.lstrip("/").partition("/")
        with s.lock:
            s.served += 1
            if self.headers.get("Authorization") or self.headers.get("x-api-key") or \
                    self.headers.get("x-litellm-api-key"):
                s.with_credentials += 1
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
        if fault and "redirect" in fault:
            return self.reply(302, {}, {"Location": fault["redirect"]})
        if fault and "status" in fault:
            headers = {"Retry-After": str(fault["retry_after"])} if "retry_after" in fault else {}
            return self.reply(fault["status"], {"error": "injected"}, headers)
        if fault and "stall" in fault:
            time.sleep(fault["stall"])
        handler = getattr(self, "serve_" + kind, None)
        if handler is None:
            return self.reply(404, {"error": "no such gateway " + kind})
        if s.paging in ("ignore", "endless"):  # paging parameters are dropped on the way: the first page, always
            query = {k: v for k, v in query.items() if k not in ("page", "cursor")}
            body = {k: v for k, v in body.items() if k != "offset"}
        payload = handler("/" + rest, query, body)
        if payload is None:
            return self.reply(404, {"error": "no such endpoint " + url.path})
        if isinstance(payload, tuple):  # an error the API itself answers with
            return self.reply(*payload)
        if s.paging:
            with s.lock:
                s.answers += 1
                answer = s.answers
            misbehave(kind, s.paging, payload, answer)
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
        if kind == "anthropic":
            # one record per usage row (day, API key, workspace, model, tier, context window) carrying its share of
            # the cost, and one without an API key per day and workspace with web searches
            anthropic = anthropic_rows(rows)
            groups = {(r["at"].date(), r["api_key_id"], r["workspace_id"], r["model"], r["service_tier"])
                      for r in anthropic}
            searches = {(r["at"].date(), r["workspace_id"]) for r in anthropic if r["web_searches"]}
            by_use_case = defaultdict(int)
            for r in anthropic:
                by_use_case[r["api_key_id"]] += sum(r["costs"].values())
            unattributed = sum(r["web_searches"] for r in anthropic) * WEB_SEARCH_NANOS
            return {"records": len(groups) + len(searches), "attributed": len(groups),
                    "cost_nanos": sum(by_use_case.values()) + unattributed,
                    "cost_by_use_case": dict(by_use_case), "unattributed_cost_nanos": unattributed,
                    "prompt_tokens": sum(r["prompt"] for r in rows),
                    "completion_tokens": sum(r["completion"] for r in rows), "feedback": 0}
        if kind == "openai":
            # one usage record (tokens) and one cost record (USD) per day and key
            groups = {(r["at"].date(), r["tenant"], r["model"], r["use_case"]) for r in rows}
            records = 2 * len(groups)
        else:
            records = len(rows)
        return {"records": records, "attributed": records,
                "cost_nanos": sum(r["cost_nanos"] for r in rows),
                "prompt_tokens": sum(r["prompt"] for r in rows),
                "completion_tokens": sum(r["completion"] for r in rows),
                "feedback": len(self.state.feedback) if kind == "langfuse" else 0}

    # --- the gateways ----------------------------------------------------------------------------
    def window(self, rows, start, end):
        return [r for r in rows if start <= r["at"] < end]

    def serve_litellm(self, path, q, _):
        """/spend/logs/v2 as its FastAPI handler validates: dates required as "YYYY-MM-DD HH:MM:SS", page >= 1,
        page_size 1-1000 (a 422 with FastAPI's "detail" otherwise). Unknown parameters are ignored, as FastAPI does."""
        if path != "/spend/logs/v2":
            return None
        for name in ("start_date", "end_date"):
            if name not in q:
                return litellm_error(name, "field required", "value_error.missing")
            try:
                dt.datetime.strptime(q[name][0], "%Y-%m-%d %H:%M:%S")
            except ValueError:
                return litellm_error(name, "invalid datetime format, expected YYYY-MM-DD HH:MM:SS", "value_error")
        if not 1 <= int(q.get("page_size", ["50"])[0]) <= 1000:
            return litellm_error("page_size", "ensure this value is between 1 and 1000", "value_error.number")
        if int(q.get("page", ["1"])[0]) < 1:
            return litellm_error("page", "ensure this value is greater than or equal to 1", "value_error.number")
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
        """query-clickhouse as its controller validates: only the documented body keys, a filter, limit <= 1000
        (HTTP 500 with {"data": null, "error": …}, Helicone's error shape)."""
        if path != "/v1/request/query-clickhouse":
            return None
        for key in body:
            if key not in HELICONE_BODY:
                return 500, {"data": None, "error": f"Unknown field in the request body: {key}"}
        if "filter" not in body:
            return 500, {"data": None, "error": "filter is required"}
        if body.get("limit", 100) > 1000:
            return 500, {"data": None, "error": "limit must be 1000 or less"}
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
        """v2 observations (limit <= 1000) and v2 scores (page >= 1, limit <= 100), with Langfuse's 400 for what
        its validation refuses."""
        max_limit = {"/api/public/v2/observations": 1000, "/api/public/v2/scores": 100}.get(path)
        if max_limit and not 1 <= int(q.get("limit", ["50"])[0]) <= max_limit:
            return 400, {"message": "Invalid request data",
                         "error": [{"path": ["limit"], "message": f"Number must be less than or equal to {max_limit}"}]}
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
        """The organization costs and completions usage endpoints as the OpenAPI spec publishes them: only their
        parameters and group_by values, a bucket for every day of the range (empty ones too), group keys null
        unless grouped by, amounts in dollars as numbers, and OpenAI's error envelope."""
        spec = OPENAI_ENDPOINTS.get(path)
        if spec is None:
            return None

        def reject(kind, detail):
            return {
                "param": lambda: openai_error(f"Unrecognized request argument supplied: {detail}", detail),
                "group_by": lambda: openai_error(f"Invalid value for 'group_by': {detail!r}", "group_by"),
                "start": lambda: openai_error("Missing required parameter: 'start_time'.", "start_time"),
                "bucket_width": lambda: openai_error(f"Invalid value for 'bucket_width': {detail!r}", "bucket_width"),
                "limit": lambda: openai_error(f"Invalid value for 'limit': must be between 1 and {detail[0]}", "limit"),
                "page": lambda: openai_error("Invalid value for 'page': not a page this API returned", "page"),
            }[kind]()

        error, window = bucket_query(q, spec, ("start_time", "end_time", "group_by"), reject)
        if error is not None:
            return error
        starts, more, step, groups = window
        costs = path == "/organization/costs"
        data = []
        for b in starts:
            inside = [r for r in self.state.requests if b <= r["at"] < b + step]
            data.append({"object": "bucket", "start_time": int(b.timestamp()), "end_time": int((b + step).timestamp()),
                         "results": openai_costs(inside, groups) if costs else openai_usage(inside, groups)})
        return {"object": "page", "data": data, "has_more": more, "next_page": next_page_token(starts, step, more)}

    def serve_anthropic(self, path, q, _):
        """The Admin API's cost and usage reports as published: only the parameters and group_by[] values each
        endpoint takes, a bucket for every period of the range (empty ones too), the fields of a grouping and
        null for the rest, amounts as decimal strings of cents, and its error envelope."""
        spec = ANTHROPIC_ENDPOINTS.get(path)
        if spec is None:
            return None
        if self.headers.get("anthropic-version") != "2023-06-01":
            return anthropic_error("anthropic-version: header is required")

        def reject(kind, detail):
            allowed = ", ".join(repr(v) for v in sorted(spec["group_by"]))
            widths = ", ".join(repr(w) for w in spec["widths"])
            return anthropic_error({
                "param": lambda: f"{detail}: Extra inputs are not permitted",
                "group_by": lambda: f"group_by[]: Input should be {allowed}",
                "start": lambda: "starting_at: Field required",
                "bucket_width": lambda: f"bucket_width: Input should be {widths}",
                "limit": lambda: f"limit: must be between 1 and {detail[0]} for bucket_width {detail[1]}",
                "page": lambda: "page: Invalid page token",
            }[kind]())

        error, window = bucket_query(q, spec, ("starting_at", "ending_at", "group_by[]"), reject)
        if error is not None:
            return error
        starts, more, step, groups = window
        rows = anthropic_rows(self.state.requests)
        cost = path == "/v1/organizations/cost_report"
        data = []
        for b in starts:
            inside = [r for r in rows if b <= r["at"] < b + step]
            data.append({"starting_at": iso_seconds(b), "ending_at": iso_seconds(b + step),
                         "results": anthropic_costs(inside, groups) if cost else anthropic_usage(inside, groups)})
        return {"data": data, "has_more": more, "next_page": next_page_token(starts, step, more)}


STEPS = {"1d": dt.timedelta(days=1), "1h": dt.timedelta(hours=1), "1m": dt.timedelta(minutes=1)}


def bucket_query(q, spec, names, reject):
    """Checks a bucketed cost or usage request the way OpenAI and Anthropic both do, in the same order: unknown
    parameters, group_by values, the required start, bucket_width, limit (per width) and the page token. @names are
    the vendor's (start, end, group_by) parameter names; reject(kind, detail) makes its error answer.
    Returns (error, None), or (None, (bucket starts, whether more follow, bucket step, groups))."""
    start_name, end_name, group_name = names
    for name in q:
        if name not in spec["params"]:
            return reject("param", name), None
    groups = q.get(group_name, [])
    for g in groups:
        if g not in spec["group_by"]:
            return reject("group_by", g), None
    if start_name not in q:
        return reject("start", None), None
    width = q.get("bucket_width", ["1d"])[0]
    if width not in spec["widths"]:
        return reject("bucket_width", width), None
    default_limit, max_limit = spec["widths"][width]
    limit = int(q.get("limit", [str(default_limit)])[0])
    if not 1 <= limit <= max_limit:
        return reject("limit", (max_limit, width)), None
    step = STEPS[width]
    start = snap(parse_time(q[start_name][0]), step)
    end = parse_time(q[end_name][0]) if end_name in q else snap(dt.datetime.now(UTC), step) + step
    if "page" in q:
        start = page_start(q["page"][0])
        if start is None:
            return reject("page", None), None
    starts, more = bucket_starts(start, end, step, limit)
    return None, (starts, more, step, groups)


def next_page_token(starts, step, more):
    """The opaque token both vendors return: where the next page's buckets start, or None on the last page."""
    return "page_" + base64.urlsafe_b64encode(iso_seconds(starts[-1] + step).encode()).decode() if more else None


def misbehave(kind, mode, payload, answer):
    """What a broken proxy, cache or gateway does to paging, on a schema-valid answer (issue 21). Not the APIs as
    published: the sync must stop by itself on each of these.
      ignore             the paging parameters are dropped: the first page comes back for every request
      endless            the same, but each answer names a new next page (only the page ceilings stop it)
      more_without_next  has_more is true and next_page null (OpenAI, Anthropic)
      empty_claims_more  no data, and yet more to come"""
    envelope = kind in ("openai", "anthropic")
    if mode == "endless" and envelope:
        payload["has_more"], payload["next_page"] = True, f"page_endless{answer}"
    elif mode == "more_without_next" and envelope:
        payload["has_more"], payload["next_page"] = True, None
    elif mode == "empty_claims_more":
        payload["data"] = []
        if envelope:
            payload["has_more"], payload["next_page"] = True, "page_more"
        elif kind == "litellm":
            payload["total_pages"] = 1000
        elif kind == "langfuse":
            if "cursor" in payload.get("meta", {}) or "totalPages" not in payload.get("meta", {}):
                payload["meta"] = {"cursor": "bW9yZQ=="}
            else:
                payload["meta"]["totalPages"] = 1000


# --- LiteLLM, Helicone --------------------------------------------------------------------------------
HELICONE_BODY = {"filter", "offset", "limit", "sort", "isCached", "includeInputs", "isScored", "isPartOfExperiment"}


def litellm_error(param, message, kind):
    return 422, {"detail": [{"loc": ["query", param], "msg": message, "type": kind}]}


# --- OpenAI organization usage and costs ----------------------------------------------------------------
OPENAI_TIME = {"start_time", "end_time", "bucket_width", "limit", "page", "group_by"}
OPENAI_ENDPOINTS = {
    "/organization/costs": {
        "params": OPENAI_TIME | {"project_ids", "api_key_ids"},
        "group_by": {"project_id", "line_item", "api_key_id"},
        "widths": {"1d": (7, 180)},
    },
    "/organization/usage/completions": {
        "params": OPENAI_TIME | {"project_ids", "user_ids", "api_key_ids", "models", "batch"},
        "group_by": {"project_id", "user_id", "api_key_id", "model", "batch", "service_tier"},
        "widths": {"1d": (7, 31), "1h": (24, 168), "1m": (60, 1440)},
    },
}


def openai_error(message, param):
    return 400, {"error": {"message": message, "type": "invalid_request_error", "param": param, "code": None}}


def openai_costs(rows, groups):
    """Dollars per group: the project is the tenant, the API key the use case; a line item names the model."""
    keys = [g for g in ("project_id", "line_item", "api_key_id") if g in groups]
    field = {"project_id": "tenant", "line_item": "model", "api_key_id": "use_case"}
    sums = defaultdict(int)
    for r in rows:
        sums[tuple(r[field[k]] for k in keys)] += r["cost_nanos"]
    results = []
    for key, nanos in sorted(sums.items()):
        row = {"object": "organization.costs.result", "amount": {"value": nanos / 1e9, "currency": "usd"},
               "quantity": None, "quantity_unit": None}
        for g in ("project_id", "line_item", "api_key_id"):
            row[g] = key[keys.index(g)] if g in keys else None
        results.append(row)
    return results


def openai_usage(rows, groups):
    keys = [g for g in ("project_id", "user_id", "api_key_id", "model", "batch", "service_tier") if g in groups]
    field = {"project_id": "tenant", "api_key_id": "use_case", "model": "model"}
    sums = defaultdict(lambda: defaultdict(int))
    for r in rows:
        key = tuple(r.get(field.get(k, ""), None) for k in keys)
        sums[key]["input_tokens"] += r["prompt"]
        sums[key]["output_tokens"] += r["completion"]
        sums[key]["num_model_requests"] += 1
    results = []
    for key, v in sorted(sums.items(), key=lambda kv: repr(kv[0])):
        row = {"object": "organization.usage.completions.result", "input_tokens": v["input_tokens"],
               "input_cached_tokens": 0, "input_audio_tokens": 0, "output_tokens": v["output_tokens"],
               "output_audio_tokens": 0, "num_model_requests": v["num_model_requests"]}
        for g in ("project_id", "user_id", "api_key_id", "model", "batch", "service_tier"):
            row[g] = key[keys.index(g)] if g in keys else None
        results.append(row)
    return results


# --- Anthropic Admin API ------------------------------------------------------------------------------
ANTHROPIC_FILTERS = {"api_key_ids[]", "workspace_ids[]", "models[]", "service_tiers[]", "context_window[]",
                     "account_ids[]"}
ANTHROPIC_ENDPOINTS = {
    "/v1/organizations/cost_report": {
        "params": {"starting_at", "ending_at", "bucket_width", "limit", "page", "group_by[]"},
        "group_by": {"workspace_id", "description"},
        "widths": {"1d": (7, 31)},
    },
    "/v1/organizations/usage_report/messages": {
        "params": {"starting_at", "ending_at", "bucket_width", "limit", "page", "group_by[]"} | ANTHROPIC_FILTERS,
        "group_by": {"api_key_id", "workspace_id", "model", "service_tier", "context_window", "inference_geo",
                     "account_id", "service_account_id", "speed"},
        "widths": {"1d": (7, 31), "1h": (24, 168), "1m": (60, 1440)},
    },
}
# Nano-dollars per token, the same for every API key (what apportioning by token share assumes); batch is half.
ANTHROPIC_PRICES = {
    "claude-3-5-haiku": {"uncached_input_tokens": 800, "output_tokens": 4000, "cache_read_input_tokens": 80,
                         "cache_creation.ephemeral_5m_input_tokens": 1000,
                         "cache_creation.ephemeral_1h_input_tokens": 1600},
    "gpt-4o-mini": {"uncached_input_tokens": 150, "output_tokens": 600, "cache_read_input_tokens": 76,
                    "cache_creation.ephemeral_5m_input_tokens": 190, "cache_creation.ephemeral_1h_input_tokens": 300},
}
TOKEN_LABELS = {"uncached_input_tokens": "Input Tokens", "output_tokens": "Output Tokens",
                "cache_read_input_tokens": "Cache Read", "cache_creation.ephemeral_5m_input_tokens": "Cache Write 5m",
                "cache_creation.ephemeral_1h_input_tokens": "Cache Write 1h"}
WEB_SEARCH_NANOS = 10_000_000  # $10 per 1,000 searches


def anthropic_error(message):
    return 400, {"type": "error", "error": {"type": "invalid_request_error", "message": message}}


def page_start(token):
    """The bucket start a next_page token of ours encodes, or None for a token this server never returned."""
    try:
        return parse_time(base64.urlsafe_b64decode(token[len("page_"):]).decode())
    except (ValueError, UnicodeDecodeError):
        return None


def bucket_starts(start, end, step, limit):
    """The starts of the whole buckets from start to end, at most limit of them, and whether more follow."""
    starts = []
    t = start
    while t + step <= end and len(starts) <= limit:
        starts.append(t)
        t += step
    return starts[:limit], len(starts) > limit


def snap(t, step):
    seconds = int(step.total_seconds())
    return dt.datetime.fromtimestamp(int(t.timestamp()) // seconds * seconds, UTC)


def iso_seconds(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def anthropic_rows(requests):
    """Each request as the Admin API knows it: its workspace (the tenant), API key (one per use case), tier,
    the parts of its prompt, and what each part cost."""
    rows = []
    for i, r in enumerate(requests):
        read = r["prompt"] // 4
        write5 = r["prompt"] // 10 if i % 2 == 0 else 0
        write1 = r["prompt"] // 20 if i % 3 == 0 else 0
        tokens = {"uncached_input_tokens": r["prompt"] - read - write5 - write1, "cache_read_input_tokens": read,
                  "cache_creation.ephemeral_5m_input_tokens": write5,
                  "cache_creation.ephemeral_1h_input_tokens": write1, "output_tokens": r["completion"]}
        tier = "batch" if i % 5 == 0 else "standard"
        prices = ANTHROPIC_PRICES[r["model"]]
        costs = {t: n * prices[t] // (2 if tier == "batch" else 1) for t, n in tokens.items()}
        rows.append({"at": r["at"], "workspace_id": r["tenant"], "api_key_id": r["use_case"], "model": r["model"],
                     "service_tier": tier, "context_window": "0-200k", "tokens": tokens, "costs": costs,
                     "web_searches": 1 if i % 50 == 0 else 0})
    return rows


def anthropic_usage(rows, groups):
    keys = [g for g in ("api_key_id", "workspace_id", "model", "service_tier", "context_window") if g in groups]
    sums = defaultdict(lambda: defaultdict(int))
    for r in rows:
        key = tuple(r[k] for k in keys)
        for t, n in r["tokens"].items():
            sums[key][t] += n
        sums[key]["web_searches"] += r["web_searches"]
    results = []
    for key, v in sorted(sums.items()):
        row = {"uncached_input_tokens": v["uncached_input_tokens"],
               "cache_creation": {"ephemeral_1h_input_tokens": v["cache_creation.ephemeral_1h_input_tokens"],
                                  "ephemeral_5m_input_tokens": v["cache_creation.ephemeral_5m_input_tokens"]},
               "cache_read_input_tokens": v["cache_read_input_tokens"], "output_tokens": v["output_tokens"],
               "server_tool_use": {"web_search_requests": v["web_searches"]}}
        for g in ("api_key_id", "workspace_id", "model", "service_tier", "context_window", "inference_geo",
                  "account_id", "service_account_id", "speed"):
            row[g] = key[keys.index(g)] if g in keys else None
        results.append(row)
    return results


def anthropic_costs(rows, groups):
    by_workspace = "workspace_id" in groups
    by_description = "description" in groups
    sums = defaultdict(int)
    for r in rows:
        ws = r["workspace_id"] if by_workspace else None
        for t, nanos in r["costs"].items():
            if nanos:
                detail = (r["model"], r["service_tier"], r["context_window"], t) if by_description else None
                sums[(ws, "tokens", detail)] += nanos
        if r["web_searches"]:
            sums[(ws, "web_search", None)] += r["web_searches"] * WEB_SEARCH_NANOS
    results = []
    for (ws, kind, detail), nanos in sorted(sums.items(), key=lambda kv: repr(kv[0])):
        row = {"currency": "USD", "amount": cents(nanos), "workspace_id": ws, "description": None,
               "cost_type": None, "model": None, "service_tier": None, "token_type": None, "context_window": None,
               "inference_geo": None}
        if by_description and kind == "tokens":
            model, tier, context, token_type = detail
            row.update({"description": f"{model} Usage - {TOKEN_LABELS[token_type]}", "cost_type": "tokens",
                        "model": model, "service_tier": tier, "token_type": token_type, "context_window": context})
        elif by_description:
            row.update({"description": "Web Search", "cost_type": "web_search"})
        results.append(row)
    return results

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
