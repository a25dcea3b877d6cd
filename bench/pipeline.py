"""newslint as a datatrove step against ``newslint -j N`` on the same articles.

    python bench/pipeline.py [--n 100000] [--workers 2]
    python bench/pipeline.py --n 10000,20000   # two sizes: also the marginal CPU cost per article

Builds ``--n`` JSONL records (id, title, text) cycling through the BBC and scraped corpora
(``<repo>/../shared/corpus``), cut into ``--workers`` shards, then runs, one after the other:

1. datatrove: JsonlReader → NewslintAnnotator → JsonlWriter on a LocalPipelineExecutor with
   one task per shard and ``--workers`` worker processes (needs ``pip install -e '.[datatrove]'``);
2. ``newslint -j WORKERS --no-cache --format jsonl -o FILE`` over the same shards.

Prints wall and CPU time, peak memory, the ratio and the CPU cost per article, and a markdown
block for BENCHMARKS.md. With two or more sizes it also prints the marginal CPU cost per article
(the difference between the largest and smallest run: start-up and imports cancel out), which is
what a cluster estimate starts from. datatrove writes every document
back with its findings; the CLI writes the findings only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import CORPUS, NEWSLINT, Measurement, machine, run  # noqa: E402



def articles(corpus: Path) -> list[dict[str, str]]:
    """BBC articles (title line, body) and scraped ones (one article a file, no title)."""
    out = []
    for file in sorted((corpus / "bbc").rglob("*.txt")):
        title, _, body = file.read_text(encoding="utf-8").partition("\n")
        out.append({"title": title.strip(), "text": body.strip()})
    for file in sorted((corpus / "scraped").glob("*.txt")):
        out.append({"text": file.read_text(encoding="utf-8").strip()})
    return out


def write_shards(corpus: Path, count: int, shards: int, folder: Path) -> list[Path]:
    """``count`` records (ids 0..count-1) in ``shards`` JSONL files of consecutive records."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"shard-{i:02d}.jsonl" for i in range(shards)]
    handles = [open(path, "w", encoding="utf-8") for path in paths]
    per_shard = -(-count // shards)
    try:
        for number, record in enumerate(itertools.islice(itertools.cycle(articles(corpus)), count)):
            handles[number // per_shard].write(json.dumps({"id": str(number), **record}, ensure_ascii=False) + "\n")
    finally:
        for handle in handles:
            handle.close()
    return paths


def datatrove_main(source: str, target: str, workers: int) -> None:
    """The datatrove side, run in its own process (``--datatrove-run``)."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newslint.integrations.datatrove import NewslintAnnotator

    shards = len(list(Path(source).glob("*.jsonl")))
    LocalPipelineExecutor(
        pipeline=[JsonlReader(source), NewslintAnnotator(), JsonlWriter(str(Path(target) / "out"), compression=None)],
        tasks=shards, workers=workers, logging_dir=str(Path(target) / "logs"),
        start_method="fork").run()  # fork: the workers are this process's children, so their CPU time is counted


def describe(label: str, m: Measurement, count: int, size_mb: float) -> str:
    return (f"| {label} | {count:,} | {size_mb:.0f} | {m.seconds:.1f} | {m.cpu_seconds:.1f} | "
            f"{1000 * m.cpu_seconds / count:.2f} | {m.max_rss_mb:.0f} | {m.tree_pss_mb:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", default="100000", help="articles, or comma-separated sizes (default 100000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--datatrove-run", nargs=2, metavar=("SOURCE", "TARGET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.datatrove_run:
        datatrove_main(*args.datatrove_run, args.workers)
        return
    sizes = [int(n) for n in args.n.split(",")]
    print(f"{machine()}; {args.workers} shards, {args.workers} workers\n")
    print("| run | articles | MB JSONL | wall s | CPU s | CPU ms/article | largest process MB | all processes MB (PSS) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    results = [measure(args.corpus, n, args.workers) for n in sizes]
    print()
    for n, (pipeline, cli) in zip(sizes, results):
        print(f"{n:,} articles: datatrove / CLI wall time {pipeline.seconds / cli.seconds:.2f}, "
              f"CPU time {pipeline.cpu_seconds / cli.cpu_seconds:.2f}")
    if len(sizes) > 1:
        added = sizes[-1] - sizes[0]
        for label, index in (("datatrove", 0), ("CLI", 1)):
            cpu = (results[-1][index].cpu_seconds - results[0][index].cpu_seconds) / added
            print(f"marginal CPU per article, {label}: {1000 * cpu:.2f} ms")


def measure(corpus: Path, count: int, workers: int) -> tuple[Measurement, Measurement]:
    """Both runs over ``count`` articles; prints their table rows."""
    with tempfile.TemporaryDirectory(prefix="newslint-pipeline-") as tmp:
        folder = Path(tmp)
        shards = write_shards(corpus, count, workers, folder / "in")
        size_mb = sum(p.stat().st_size for p in shards) / 1e6
        pipeline = run([sys.executable, __file__, "--workers", str(workers),
                        "--datatrove-run", str(folder / "in"), str(folder / "datatrove")])
        print(describe("datatrove: JsonlReader → NewslintAnnotator → JsonlWriter", pipeline, count, size_mb))
        cli = run([*NEWSLINT, *map(str, shards), "-j", str(workers), "--no-cache", "--format", "jsonl",
                   "-o", str(folder / "findings.jsonl")])
        print(describe(f"`newslint -j {workers} --format jsonl`", cli, count, size_mb), flush=True)
    return pipeline, cli


if __name__ == "__main__":
    main()
