"""Runs issue 11's scenario in rounds, nana and raw sqlite-jdbc (KvScenarioBenchmark) and NanaSQLite (scenario.py)
side by side in each round, and prints the medians over rounds as the table of docs/benchmarks.md.

    mvn -q -pl bench -am package -DskipTests
    /usr/bin/python3 bench/nanasqlite/scenario_report.py --rounds 3 --nanasqlite <NanaSQLite checkout>

A round's JMH figure is the median of its measured iterations (single-shot steps are skewed by the odd GC pause).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = os.path.join(HERE, "..", "target", "benchmarks.jar")
STEPS = [("put", "scenarioPut"), ("warm", "scenarioWarmGet"), ("cold", "scenarioColdGet"),
         ("batch", "scenarioBatch100k")]
FLOOR = "scenarioBatch100kSqliteFloor"
CHECKPOINTED = "scenarioBatch100kCheckpointed"


def jmh_round():
    """Operations per second by (step, driver) for one run of the benchmark."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(["java", "-jar", JAR, "KvScenarioBenchmark", "-rf", "json", "-rff", out.name],
                       check=True, stdout=subprocess.DEVNULL)
        results = json.load(open(out.name))
    rates = {}
    for result in results:
        method = result["benchmark"].rsplit(".", 1)[1]
        iterations = [ns for fork in result["primaryMetric"]["rawData"] for ns in fork]
        # The SQLite floor has no driver parameter: it is neither side.
        rates[(method, result.get("params", {}).get("driver", "floor"))] = 1e9 / statistics.median(iterations)
    return rates


def nanasqlite_round(checkout):
    environment = dict(os.environ, PYTHONPATH=os.path.join(checkout, "src"))
    line = subprocess.run(["/usr/bin/python3", os.path.join(HERE, "scenario.py"), "--rounds", "1"], env=environment,
                          check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    return json.loads(line)


def rate(value):
    return f"{value / 1e6:.2f}M/s" if value >= 1e6 else f"{value / 1e3:.1f}k/s"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--nanasqlite", required=True, help="a NanaSQLite checkout (its src/ is imported)")
    arguments = parser.parse_args()
    rounds = []
    for number in range(arguments.rounds):
        jmh = jmh_round()
        peer = nanasqlite_round(arguments.nanasqlite)
        rounds.append((jmh, peer))
        print(f"round {number + 1}: " + ", ".join(
            f"{step} nana {rate(jmh[(method, 'nana')])} raw {rate(jmh[(method, 'raw')])} NanaSQLite {rate(peer[step])}"
            for step, method in STEPS) + f"; SQLite floor for the batch {rate(jmh[(FLOOR, 'floor')])}"
            + f"; batch and its checkpoint nana {rate(jmh[(CHECKPOINTED, 'nana')])}"
            f" raw {rate(jmh[(CHECKPOINTED, 'raw')])}",
            file=sys.stderr, flush=True)
    print(f"| step | NanaSQLite {rounds[0][1]['nanasqlite']} | raw sqlite-jdbc | nana | nana/raw | nana/NanaSQLite |")
    print("|---|---:|---:|---:|---:|---:|")
    for step, method in STEPS:
        peer = statistics.median(r[1][step] for r in rounds)
        raw = statistics.median(r[0][(method, "raw")] for r in rounds)
        nana = statistics.median(r[0][(method, "nana")] for r in rounds)
        print(f"| {step} | {rate(peer)} | {rate(raw)} | {rate(nana)} | {nana / raw:.2f} | {nana / peer:.2f} |")
    floor = statistics.median(r[0][(FLOOR, "floor")] for r in rounds)
    peer = statistics.median(r[1]["batch"] for r in rounds)
    print(f"\nSQLite floor for the batch (pre-encoded JSON, 100-row upserts, one transaction): {rate(floor)},"
          f" {floor / peer:.2f}x NanaSQLite; nana reaches {statistics.median(r[0][('scenarioBatch100k', 'nana')] for r in rounds) / floor:.2f} of it.")
    for driver in ("nana", "raw"):
        whole = statistics.median(r[0][(CHECKPOINTED, driver)] for r in rounds)
        print(f"Batch and its checkpoint, {driver}: {rate(whole)}, {whole / peer:.2f}x NanaSQLite"
              f" (by round: {', '.join(rate(r[0][(CHECKPOINTED, driver)]) for r in rounds)}).")


if __name__ == "__main__":
    main()
