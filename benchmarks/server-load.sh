#!/bin/bash
# One registry's load run: a fresh server, identify 16x60s, similar 16x60s, wrk peer 30s; VmHWM after each.
# usage: benchmarks/server-load.sh LABEL PORT [--registry DIR]   (inside /work/wt/quiet; see README.md "HTTP server")
set -u
label=$1; port=$2; shift 2
cd "$(dirname "$0")/.."
java -Xmx1g -jar cli/target/opioid-registry.jar serve --port $port "$@" > "${TMPDIR:-/tmp}/server-load-$label-serve.log" 2>&1 &
pid=$!
for i in $(seq 1 240); do curl -sf http://127.0.0.1:$port/api/health >/dev/null && break; sleep 1; done
echo "== $label $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
for route in identify similar; do
  java -cp benchmarks/target/benchmarks.jar org.opioidregistry.benchmarks.ServerLoad http://127.0.0.1:$port $route 16 60
  echo "   VmHWM after $route: $(grep VmHWM /proc/$pid/status)  load $(cut -d' ' -f1-3 /proc/loadavg)"
done
wrk -t2 -c16 -d30s --latency "http://127.0.0.1:$port/api/similar?threshold=0.5&top=10&q=CC(C)C(%3DO)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|requests in|Socket"
echo "   VmHWM after wrk: $(grep VmHWM /proc/$pid/status)  load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $pid; wait $pid
