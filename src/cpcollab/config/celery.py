"""The Celery application, used when ``CPCOLLAB_BROKER_URL`` names a broker.

Start a worker with ``cpcollab worker`` (or ``celery -A cpcollab.config.celery worker``).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cpcollab.config.settings")

app = Celery("cpcollab")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
