-- wrk: POST /v1/videos with a JSON body and the admin key (KINO_BENCH_KEY).
wrk.method = "POST"
wrk.body = '{"prompt":"A red ball bounces across a sunny beach","seconds":"4","size":"720x1280"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("KINO_BENCH_KEY") or "sk-kino-bench")
