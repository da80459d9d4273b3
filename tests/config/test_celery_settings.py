"""Background-job settings: what makes a killed worker lose nothing and duplicate nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _settings(tmp_path: Path, expression: str, **env: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", f"import cpcollab.config.settings as s; print({expression})"],
        env={"PATH": "/usr/bin:/bin", "CPCOLLAB_SECRET_KEY": "x" * 50, "CPCOLLAB_DATA_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_without_a_broker_jobs_run_in_process(tmp_path: Path) -> None:
    assert _settings(tmp_path, "s.CELERY_TASK_ALWAYS_EAGER, s.CELERY_BROKER_URL") == "True memory://"


@pytest.mark.parametrize("url", ["redis://127.0.0.1:6379/0", "amqp://guest:guest@127.0.0.1:5672//"])
def test_with_a_broker_messages_are_acknowledged_late_one_at_a_time(tmp_path: Path, url: str) -> None:
    values = _settings(
        tmp_path,
        "s.CELERY_TASK_ALWAYS_EAGER, s.CELERY_TASK_ACKS_LATE, s.CELERY_TASK_REJECT_ON_WORKER_LOST, "
        "s.CELERY_TASK_ACKS_ON_TIMEOUT, s.CELERY_WORKER_PREFETCH_MULTIPLIER, s.CELERY_TASK_DEFAULT_QUEUE, "
        "s.CELERY_TASK_SOFT_TIME_LIMIT, s.CELERY_TASK_TIME_LIMIT",
        CPCOLLAB_BROKER_URL=url,
    )

    assert values == "False True True False 1 cpcollab 900 930"


def test_redis_hands_back_a_dead_workers_job_after_the_visibility_timeout(tmp_path: Path) -> None:
    default = _settings(tmp_path, "s.CELERY_BROKER_TRANSPORT_OPTIONS", CPCOLLAB_BROKER_URL="redis://127.0.0.1/0")
    short = _settings(
        tmp_path,
        "s.CELERY_BROKER_TRANSPORT_OPTIONS",
        CPCOLLAB_BROKER_URL="redis://127.0.0.1/0",
        CPCOLLAB_JOB_TIME_LIMIT="60",
        CPCOLLAB_BROKER_VISIBILITY_TIMEOUT="5",
    )
    rabbitmq = _settings(
        tmp_path, "hasattr(s, 'CELERY_BROKER_TRANSPORT_OPTIONS')", CPCOLLAB_BROKER_URL="amqp://127.0.0.1//"
    )

    assert default == (
        "{'visibility_timeout': 1230, 'unacked_restore_interval': 60, 'unacked_restore_throttle': 1, "
        "'unacked_mutex_expire': 60}"
    )
    assert short == (
        "{'visibility_timeout': 5, 'unacked_restore_interval': 1, 'unacked_restore_throttle': 1, "
        "'unacked_mutex_expire': 1}"
    )
    assert rabbitmq == "False"
