"""A real Celery worker killed in the middle of a job loses nothing and duplicates nothing.

Runs against the Redis and the RabbitMQ on this machine (each skipped with a reason where it does
not answer). The worker must see the database, so nothing here uses pytest-django's test
database: every step is a ``cpcollab`` subprocess on a SQLite file in a temporary data folder.

The story, for each broker: five reports are queued; a worker takes them one by one; while it
ingests the long one, its pool process is killed (the worker hands the job back), then the whole
worker is killed (the broker hands it back: RabbitMQ when the connection drops, Redis after the
visibility timeout, two seconds here). A new worker finishes everything, and the database ends
exactly as an in-process ingestion of the same files leaves it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from bench.reportgen import report_pdf

from tests.documents.conftest import make_docx

pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds worker processes through /proc"),
]

REDIS_URL = "redis://127.0.0.1:6379/14"  # a database for tests; each run has its own queue in it
RABBITMQ_URL = "amqp://guest:guest@127.0.0.1:5672//"
LONG_REPORT_PAGES = 150  # a few seconds of work: long enough to be killed in the middle
OWNER = "UNICEF"


# --- Subprocesses on a database of their own -------------------------------------------------


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("CPCOLLAB_") and name not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        CPCOLLAB_DATA_DIR=str(data_dir),
        CPCOLLAB_SECRET_KEY="worker-test-secret-key-" + "x" * 30,
        CPCOLLAB_LOG_LEVEL="WARNING",
        **extra,
    )
    return env


def _cpcollab(data_dir: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "cpcollab", *args],
        env=_env(data_dir, **extra),
        cwd=data_dir,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, f"cpcollab {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _query(data_dir: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(data_dir / "cpcollab.sqlite3", timeout=30)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _jobs(data_dir: Path) -> dict[str, tuple[str, int, str]]:
    """file name → (status, attempts, error code) of its document's jobs (one row per job)."""
    rows = _query(
        data_dir,
        "SELECT d.filename, j.status, j.attempts, j.error_code FROM documents_ingestionjob j "
        "JOIN documents_document d ON d.id = j.document_id ORDER BY j.id",
    )
    jobs: dict[str, tuple[str, int, str]] = {}
    for filename, status, attempts, error in rows:
        assert filename not in jobs, f"two jobs for {filename}"
        jobs[filename] = (status, attempts, error)
    return jobs


def _result(data_dir: Path) -> dict[str, Any]:
    """Everything an ingestion writes, per file, in a form two databases can be compared in."""
    result: dict[str, Any] = {}
    for doc_id, filename, sha256, count, config_hash in _query(
        data_dir, "SELECT id, filename, sha256, statement_count, config_hash FROM documents_document"
    ):
        result[filename] = {
            "document": (sha256, count, config_hash),
            "blocks": _query(
                data_dir,
                "SELECT `index`, kind, text, page, para_number FROM documents_block WHERE document_id = ? "
                "ORDER BY `index`",
                doc_id,
            ),
            "mentions": _query(
                data_dir,
                "SELECT b.`index`, m.start, m.`end`, m.kind, m.value FROM documents_mention m "
                "JOIN documents_block b ON b.id = m.block_id WHERE m.document_id = ? ORDER BY b.`index`, m.start",
                doc_id,
            ),
            "statements": _query(
                data_dir,
                "SELECT s.`index`, b.`index`, s.start, s.`end`, s.text, s.collaboration, s.actors, s.states, "
                "s.participants, s.kinds, s.confidence, s.page, s.para_number FROM documents_statement s "
                "JOIN documents_block b ON b.id = s.block_id WHERE s.document_id = ? ORDER BY s.`index`",
                doc_id,
            ),
        }
    return result


def _ingest_events(data_dir: Path) -> list[str]:
    rows = _query(
        data_dir,
        "SELECT d.filename FROM audit_auditevent e JOIN documents_document d ON e.object_id = CAST(d.id AS TEXT) "
        "WHERE e.action = 'document.ingest' AND e.object_type LIKE '%document' ORDER BY e.seq",
    )
    return [filename for (filename,) in rows]


# --- Reports, the reference database and the in-process result --------------------------------


@dataclass
class Template:
    data_dir: Path  # migrated, reference data loaded, nothing ingested
    files: list[Path]  # in the order they are queued; the long report in the middle
    in_process: Path  # the same, where `cpcollab ingest` ingests the files in-process
    ingesting: subprocess.Popen[str]  # that ingestion, run while the first test runs
    _expected: dict[str, Any] | None = None

    def expected(self) -> dict[str, Any]:
        """What the in-process ingestion of the files wrote."""
        if self._expected is None:
            out, err = self.ingesting.communicate(timeout=120)
            assert self.ingesting.returncode == 0, f"in-process ingestion failed:\n{out}\n{err}"
            self._expected = _result(self.in_process)
            assert sorted(self._expected) == sorted(path.name for path in self.files)
            assert all(entry["statements"] for entry in self._expected.values())
        return self._expected


def _short_report(number: int) -> bytes:
    return make_docx(
        [
            f"Report number {number} on collaboration for children (written for a test)",
            f"{number}. UNICEF and the World Health Organization jointly supported {number * 10} health "
            "workers in the districts.",
            f"{number + 1}. The Government worked in close cooperation with UNHCR on birth registration.",
        ]
    )


@pytest.fixture(scope="module")
def worker_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    root = tmp_path_factory.mktemp("worker")
    reports = root / "reports"
    reports.mkdir()
    files = [reports / f"short-{n}.docx" for n in (1, 2)]
    files += [reports / "long.pdf"]
    files += [reports / f"short-{n}.docx" for n in (3, 4)]
    for path in files:
        data = report_pdf(LONG_REPORT_PAGES) if path.suffix == ".pdf" else _short_report(int(path.stem[-1]))
        path.write_bytes(data)

    template = root / "template"
    template.mkdir()
    _cpcollab(template, "migrate", "--no-input", "-v", "0")
    _cpcollab(template, "load-reference")

    in_process = root / "in-process"
    shutil.copytree(template, in_process)
    ingesting = subprocess.Popen(
        [sys.executable, "-m", "cpcollab", "ingest", *map(str, files), "--owner", OWNER],
        env=_env(in_process),
        cwd=in_process,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield Template(template, files, in_process, ingesting)
    ingesting.kill()
    ingesting.wait()


# --- Brokers ------------------------------------------------------------------------------------


@dataclass
class Broker:
    name: str
    env: dict[str, str]
    cleanup: Callable[[], None] = field(default=lambda: None)


def _queue_name() -> str:
    """A queue (and exchange) of this test's own: other runs of the suite may share the broker."""
    return f"cpcollab-test-{uuid.uuid4().hex[:12]}"


def _redis() -> Broker:
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=5)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"no Redis answers at {REDIS_URL} ({exc})")
    queue = _queue_name()

    def remove_queue() -> None:  # its keys, and its messages left unacknowledged by killed workers
        for key in client.scan_iter(match=f"*{queue}*"):
            client.delete(key)
        for tag, raw in client.hscan_iter("unacked"):
            if queue in raw.decode(errors="replace"):
                client.pipeline().hdel("unacked", tag).zrem("unacked_index", tag).execute()

    env = {"CPCOLLAB_BROKER_URL": REDIS_URL, "CPCOLLAB_BROKER_QUEUE": queue, "CPCOLLAB_BROKER_VISIBILITY_TIMEOUT": "2"}
    return Broker("redis", env, cleanup=remove_queue)


def _rabbitmq() -> Broker:
    from kombu import Connection

    connection = Connection(RABBITMQ_URL, connect_timeout=2)
    try:
        connection.ensure_connection(max_retries=1)
    except Exception as exc:
        pytest.skip(f"no RabbitMQ answers at {RABBITMQ_URL} ({type(exc).__name__}: {exc})")
    finally:
        connection.release()
    queue = _queue_name()

    def remove_queue() -> None:
        with Connection(RABBITMQ_URL, connect_timeout=2) as conn:
            conn.default_channel.queue_delete(queue)
            conn.default_channel.exchange_delete(queue)

    return Broker("rabbitmq", {"CPCOLLAB_BROKER_URL": RABBITMQ_URL, "CPCOLLAB_BROKER_QUEUE": queue}, remove_queue)


@pytest.fixture(params=["redis", "rabbitmq"])
def broker(request: pytest.FixtureRequest) -> Iterator[Broker]:
    found = _redis() if request.param == "redis" else _rabbitmq()
    yield found
    found.cleanup()


# --- Workers ------------------------------------------------------------------------------------


class Worker:
    """``cpcollab worker`` in a process group of its own, with its output in a log file."""

    def __init__(self, data_dir: Path, env: dict[str, str], log: Path) -> None:
        self.log = log
        with log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "cpcollab", "worker", "--concurrency", "1", "--loglevel", "info"],
                env=_env(data_dir, **env),
                cwd=data_dir,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def pool_processes(self) -> list[int]:
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == self.process.pid:
                children.append(int(stat.parent.name))
        return children

    def kill(self) -> None:
        """SIGKILL to the whole worker: the main process and its pool, as when a machine dies."""
        with contextlib.suppress(ProcessLookupError):  # already gone, pool and all
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    started: list[Worker] = []
    yield started
    for worker in started:
        worker.kill()


def _wait(what: str, condition: Callable[[], bool], timeout: float, worker: Worker) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting until {what}; worker log:\n{worker.tail()}")
        time.sleep(0.05)


# --- The test -----------------------------------------------------------------------------------


def test_a_worker_killed_mid_job_loses_nothing_and_duplicates_nothing(
    broker: Broker, workers: list[Worker], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    # Given a database of its own, with five reports queued on the broker (the broker set, ingest only queues)
    template: Template = request.getfixturevalue("worker_template")
    data = tmp_path / "data"
    shutil.copytree(template.data_dir, data)
    queued = _cpcollab(data, "ingest", *map(str, template.files), "--owner", OWNER, **broker.env)
    assert [json.loads(line)["status"] for line in queued.stdout.splitlines()] == ["queued"] * 5
    long = "long.pdf"

    # When a worker starts, and its pool process is killed while it ingests the long report
    worker = Worker(data, broker.env, tmp_path / "worker-1.log")
    workers.append(worker)
    _wait("the long report is being ingested", lambda: _jobs(data)[long][:2] == ("running", 1), 60, worker)
    (pool,) = worker.pool_processes()
    os.kill(pool, signal.SIGKILL)

    # then the worker hands the job back and starts it again, and the whole worker is killed
    _wait("the job is started again", lambda: _jobs(data)[long][:2] == ("running", 2), 30, worker)
    worker.kill()

    # Then the interrupted job wrote nothing: no blocks, no statements, no audit event
    assert _jobs(data)[long][:2] == ("running", 2)
    assert not _result(data)[long]["blocks"] and not _result(data)[long]["statements"]
    assert long not in _ingest_events(data)

    # When a new worker starts (the broker hands it the job back)
    worker = Worker(data, broker.env, tmp_path / "worker-2.log")
    workers.append(worker)
    _wait(
        "every job has ended",
        lambda: all(status in ("done", "failed") for status, _, _ in _jobs(data).values()),
        60,
        worker,
    )
    worker.kill()

    # Then every report was ingested exactly once, as an in-process ingestion does it
    jobs = _jobs(data)
    assert sorted(jobs) == sorted(path.name for path in template.files)
    assert jobs[long] == ("done", 3, "")  # two attempts killed, the third finished
    assert all(attempts == 1 for name, (_, attempts, _) in jobs.items() if name != long)
    assert _result(data) == template.expected()
    assert sorted(_ingest_events(data)) == sorted(jobs)
    verified = _cpcollab(data, "audit", "verify")
    assert "intact" in verified.stdout, worker.tail()
