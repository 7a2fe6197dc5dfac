#!/usr/bin/env python3
"""Pipeline overhead per job: end-to-end time seen by the client minus the stages' own compute time
(each stage reports it; the orchestrator's job document sums them). Jobs run one at a time."""
import json, os, sys, time, urllib.request

BASE = os.environ.get("KINO_URL", "http://127.0.0.1:9300")
KEY = os.environ.get("KINO_API_KEY", "sk-kino-bench")
JOBS = int(os.environ.get("JOBS", "10"))
PROMPT = os.environ.get("PROMPT", "A red circle bounces at night")
SIZE = os.environ.get("SIZE", "720x1280")

def call(method, path, body=None):
    req = urllib.request.Request(BASE + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": "Bearer " + KEY, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)

rows = []
for i in range(JOBS):
    start = time.perf_counter()
    video = call("POST", "/v1/videos", {"prompt": PROMPT, "seconds": "4", "size": SIZE, "seed": i + 1})
    while video["status"] not in ("completed", "failed"):
        time.sleep(0.01)
        video = call("GET", "/v1/videos/" + video["id"])
    total_ms = (time.perf_counter() - start) * 1000
    job = call("GET", "/v1/admin/jobs/" + video["id"][6:])
    compute_ms = sum(s["computeMs"] for s in job["stages"])
    video_ms = next(s["computeMs"] for s in job["stages"] if s["name"] == "video")
    rows.append((total_ms, compute_ms, total_ms - compute_ms))
    print(f"job {i}: {video['status']} total {total_ms:7.0f} ms, stages' compute {compute_ms:7.0f} ms (video {video_ms:6.0f}), overhead {total_ms - compute_ms:6.0f} ms")

overheads = sorted(r[2] for r in rows[1:] or rows)  # the first job warms up every service
print(f"median overhead {overheads[len(overheads)//2]:.0f} ms per job (every stage, {len(overheads)} jobs after warm-up); "
      f"max {overheads[-1]:.0f} ms; median total {sorted(r[0] for r in rows)[len(rows)//2]:.0f} ms")
