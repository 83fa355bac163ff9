"""Extraction on a Dask cluster (``dask.distributed``): one task an input shard, each writing its Parquet shard.

The same code runs on a local cluster (``--cluster local N``) or on a running scheduler (``--scheduler
ADDRESS``: dask-jobqueue on an HPC queue, dask-kubernetes, ``dask scheduler`` and ``dask worker`` by hand).
The workers must see the input files and the output folder at the same paths as this process (a shared file
system). A task whose worker dies is run again by the scheduler on another worker, and one that raises is
retried RETRIES times: either way it writes its shard afresh, since ``quotes.shards`` renames a shard into
place only once it is complete.

dask and distributed are optional dependencies (the ``dask`` extra), imported when a cluster is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .shards import EXTRA, MissingExtra, ShardDone, write_shard

# Attempts after a task's first that raised (a worker that dies is the scheduler's business: it runs the task
# again elsewhere, up to distributed's `allowed-failures`).
RETRIES = 2


class SchedulerUnreachable(ConnectionError):
    """No Dask scheduler answers at the address given."""


def require_distributed():
    """dask.distributed, or MissingExtra saying how to install it."""
    try:
        import distributed
    except ImportError as err:
        raise MissingExtra(f"a Dask cluster needs dask and distributed ({err}): {EXTRA}") from err
    return distributed


@contextmanager
def dask_client(scheduler: str | None = None, local_workers: int | None = None, **local_options):
    """A client of the scheduler at that address, or of a local cluster of local_workers processes (one
    thread each: parsing holds the GIL), closed after the block."""
    distributed = require_distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler)
        except OSError as err:  # refused, or timed out (distributed.comm.timeouts.connect)
            raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
        with client:
            yield client
        return
    options = {"processes": True, "threads_per_worker": 1, "dashboard_address": None, **local_options}
    with distributed.LocalCluster(n_workers=local_workers, **options) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def on_cluster(scheduler: str | None = None, local_workers: int | None = None, retries: int = RETRIES):
    """The ``run_tasks`` of ``shards.extract_shards`` that runs each shard as a task on the cluster of
    ``dask_client(scheduler, local_workers)``, yielding the shards as they finish. The cluster is reached
    only when there are shards to write: a run whose shards are all done starts none."""
    distributed = require_distributed()  # before anything runs: a missing extra is told at once

    def run(paths: list[Path], out: Path, **options) -> Iterator[tuple[Path, ShardDone | BaseException]]:
        if not paths:
            return
        with dask_client(scheduler, local_workers) as client:
            futures = {
                client.submit(write_shard, str(path), str(out), pure=False, retries=retries, **options): path
                for path in paths
            }
            for future in distributed.as_completed(futures):
                try:
                    yield futures[future], future.result()
                except Exception as err:  # noqa: BLE001 - reported with its shard; the others go on
                    yield futures[future], err
                finally:
                    future.release()

    return run
