"""Worker processes that run queries and can be killed when one runs too long.

Neither rdflib nor pyoxigraph can interrupt a query from another thread: a
query is native code that runs until it is done. So queries run in a pool of
worker processes (pebble's ProcessPool), each holding its own copy of the
graph; a query past the timeout gets its worker killed and replaced, and the
other workers keep answering meanwhile. Workers fork from a fork server (a
clean single-threaded process), never from the server's threaded process.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from concurrent.futures import CancelledError, TimeoutError
from pathlib import Path

from pebble import ProcessExpired, ProcessPool

from graph.serve.config import ServeConfig
from graph.serve.engine import Answer, Job, run_job, start_worker

__all__ = ["QueryPool"]


def _worker_context() -> multiprocessing.context.BaseContext:
    """Workers fork from a single-threaded server process that has imported the engine.

    So a worker, first or replacing a killed one, starts in the time it takes
    to load the graph, not to import pandas, rdflib and matplotlib again.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["graph.serve.engine", "matplotlib.pyplot", "graph.draw"])
    return context


class QueryPool:
    """Runs :class:`~graph.serve.engine.Job` records in worker processes.

    Parameters
    ----------
    snapshot : Path
        The N-Quads file every worker loads.
    config : ServeConfig
        Number of workers, timeout, row limit, SERVICE policy.
    """

    def __init__(self, snapshot: Path, config: ServeConfig) -> None:
        self.config = config
        self._pending = 0
        self._pool = self._new_pool(snapshot)

    def _new_pool(self, snapshot: Path) -> ProcessPool:
        return ProcessPool(
            max_workers=self.config.workers,
            initializer=start_worker,
            initargs=(str(snapshot), self.config.max_rows, self.config.allow_service),
            context=_worker_context(),
        )

    async def wait_ready(self) -> None:
        """Return once every worker has loaded the graph (they start on first use)."""
        await asyncio.gather(*(self.run(Job("ping")) for _ in range(self.config.workers)))

    async def run(self, job: Job) -> Answer:
        """Run ``job`` in a worker; a timeout or a dead worker becomes an error answer."""
        if self._pending >= self.config.max_pending:
            return Answer.error(503, f"server busy: {self._pending} requests are waiting;"
                                     " try again shortly")
        self._pending += 1
        try:
            future = self._pool.schedule(run_job, (job,), timeout=self.config.timeout)
            return await asyncio.wrap_future(future)
        except TimeoutError:
            return Answer.error(503, f"query stopped after {self.config.timeout:g} s, the"
                                     " server's per-query timeout (serve --timeout)")
        except ProcessExpired as error:
            return Answer.error(500, f"the worker running the query died ({error});"
                                     " the query may need more memory than the server has")
        except CancelledError:
            return Answer.error(503, "the query was cancelled")
        finally:
            self._pending -= 1

    async def reload(self, snapshot: Path) -> None:
        """Serve ``snapshot`` from now on: new workers load it, old ones finish and go."""
        old, self._pool = self._pool, self._new_pool(snapshot)
        await self.wait_ready()
        old.close()
        threading.Thread(target=old.join, daemon=True).start()

    def close(self) -> None:
        """Stop every worker (queries still running are killed)."""
        self._pool.stop()
        self._pool.join()
