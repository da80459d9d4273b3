"""Settings for the test suite: the real settings, with a throw-away data folder and a fast
password hasher (Argon2 stays the default everywhere else; a test checks it)."""

import os
import tempfile

os.environ.setdefault("CPCOLLAB_DATA_DIR", tempfile.mkdtemp(prefix="cpcollab-test-"))
os.environ.setdefault("CPCOLLAB_SECRET_KEY", "test-only-secret-key-not-for-production-0123456789")

from cpcollab.config.settings import *  # noqa: F403
from cpcollab.config.settings import REST_FRAMEWORK

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}
