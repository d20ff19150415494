"""Issue 11's key-value scenario on NanaSQLite itself, to run beside KvScenarioBenchmark in the same minute.

Per round, on a fresh file: 10,000 single puts of distinct ~60-byte dicts, gets of those keys on the same instance
(warm), gets on a fresh instance (cold), one batch_update of 100,000. Default options and the read loop
`_ = db[f"key_{i}"]`, as NanaSQLite's own scripts/nanasqlite-benchmark.py opens and reads its databases. Prints one JSON object per round: operations per second.

    PYTHONPATH=<NanaSQLite checkout>/src /usr/bin/python3 bench/nanasqlite/scenario.py --rounds 3
"""
import argparse
import json
import os
import shutil
import tempfile
import time

from nanasqlite import NanaSQLite, __version__

SINGLE = 10_000
BATCH = 100_000


def dict_of(i):
    return {"name": f"user{i}", "n": i, "active": True, "tags": ["a", "b"]}


def rate(count, started):
    return count / (time.perf_counter() - started)


def one_round(directory):
    path = os.path.join(directory, "scenario.db")
    db = NanaSQLite(path)
    started = time.perf_counter()
    for i in range(SINGLE):
        db[f"key_{i}"] = dict_of(i)
    put = rate(SINGLE, started)
    started = time.perf_counter()
    for i in range(SINGLE):
        _ = db[f"key_{i}"]
    warm = rate(SINGLE, started)
    assert db[f"key_{SINGLE - 1}"]["n"] == SINGLE - 1
    db.close()
    db = NanaSQLite(path)
    started = time.perf_counter()
    for i in range(SINGLE):
        _ = db[f"key_{i}"]
    cold = rate(SINGLE, started)
    assert db[f"key_{SINGLE - 1}"]["n"] == SINGLE - 1
    batch = {f"batch_{i}": dict_of(SINGLE + i) for i in range(BATCH)}
    started = time.perf_counter()
    db.batch_update(batch)
    batched = rate(BATCH, started)
    db.close()
    return {"put": put, "warm": warm, "cold": cold, "batch": batched}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    for _ in range(rounds):
        directory = tempfile.mkdtemp()
        try:
            print(json.dumps({"nanasqlite": __version__, **one_round(directory)}), flush=True)
        finally:
            shutil.rmtree(directory)


if __name__ == "__main__":
    main()
