"""Plots of the reference run (scripts/reference-run.sh): throughput and p99 against clients, and its table.

    python3 scripts/reference-plot.py docs/performance/reference-run.csv docs/performance "machine description"
"""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend is chosen first)

source, out, machine = sys.argv[1], sys.argv[2], sys.argv[3]
rows = list(csv.DictReader(open(source, newline="")))
clients = sorted({int(r["clients"]) for r in rows})
stores = list(dict.fromkeys(r["store"] for r in rows))
reference = {int(r["clients"]): r for r in rows}


def series(store, column):
    by_clients = {int(r["clients"]): float(r[column]) for r in rows if r["store"] == store}
    return [by_clients[c] for c in clients]


def plot(name, title, ylabel, reference_column, http_column):
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=110)
    ax.plot(clients, [float(reference[c][reference_column]) for c in clients], "k--o", label="reference: PostgreSQL, minimal writes (pgbench)")
    for store in stores:
        ax.plot(clients, series(store, http_column), "-o", label=f"bookings over HTTP, {store}")
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.set_xticks(clients, [str(c) for c in clients])
    ax.set_xlabel("clients")
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=11)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.text(0.01, 0.01, machine, fontsize=6, color="#555")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(f"{out}/{name}")


plot("reference-throughput.png", "First-free bookings: HTTP against the reference", "per second (log)", "reference_tps", "http_bookings_per_s")
plot("reference-p99.png", "p99 latency against clients", "p99, ms (log)", "reference_p99_ms", "http_p99_ms")

print("| store | clients | reference tx/s | reference p50 / p99, ms | bookings/s over HTTP | HTTP p50 / p99, ms | not booked | ratio |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print(
        f"| {r['store']} | {r['clients']} | {float(r['reference_tps']):,.0f} | {r['reference_p50_ms']} / {r['reference_p99_ms']} "
        f"| {float(r['http_bookings_per_s']):,.1f} | {r['http_p50_ms']} / {r['http_p99_ms']} | {r['http_not_booked']} | {float(r['ratio']):.3f} |"
    )
