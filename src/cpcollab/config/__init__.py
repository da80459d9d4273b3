"""Settings, URLs and the Celery application (loaded with Django so tasks find their app)."""

from cpcollab.config.celery import app as celery_app

__all__ = ["celery_app"]
