"""Django settings for cpcollab, read from the environment in one place.

See ``docs/configuration.md`` for every variable. The defaults give the embedded shape: a
SQLite database (WAL mode) and files under ``CPCOLLAB_DATA_DIR``, jobs run in-process.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from cpcollab.config.env import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent.parent

# --- Files -------------------------------------------------------------------------------
DATA_DIR = Path(env_str("CPCOLLAB_DATA_DIR", str(Path.cwd() / "var"))).expanduser().resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """The secret key from the environment, or one generated once and kept in the data dir."""
    key = env_str("CPCOLLAB_SECRET_KEY")
    if key:
        return key
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="ascii")
        path.chmod(0o600)
    return path.read_text(encoding="ascii").strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("CPCOLLAB_DEBUG", False)
ALLOWED_HOSTS = env_list("CPCOLLAB_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CPCOLLAB_CSRF_TRUSTED_ORIGINS", [])

# --- Applications ------------------------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "csp",
    "cpcollab.core",
    "cpcollab.audit",
    "cpcollab.registry",
    "cpcollab.accounts",
    "cpcollab.documents",
    "cpcollab.collaboration",
    "cpcollab.search",
    "cpcollab.inputs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "cpcollab.core.middleware.ServiceErrorMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cpcollab.config.urls"
WSGI_APPLICATION = "cpcollab.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cpcollab.core.context_processors.layout",
            ],
        },
    },
]

# --- Database ----------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'cpcollab.sqlite3'}")
_db = dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("CPCOLLAB_DB_CONN_MAX_AGE", 60))
if _db["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while a job writes; IMMEDIATE takes the write lock up front,
    # so two writers queue instead of failing with "database is locked" half-way.
    _db["CONN_MAX_AGE"] = 0
    _db["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;",
        "transaction_mode": "IMMEDIATE",
    }
elif _db["ENGINE"] not in {"django.db.backends.postgresql"}:
    raise ImproperlyConfigured("DATABASE_URL must point at SQLite or PostgreSQL")
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts and security ---------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "core:home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("CPCOLLAB_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("CPCOLLAB_LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

# Served over HTTPS unless told otherwise (the local demo serves plain HTTP on 127.0.0.1).
HTTPS = env_bool("CPCOLLAB_HTTPS", True)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("CPCOLLAB_SESSION_HOURS", 12, minimum=1) * 3600
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_SSL_REDIRECT = env_bool("CPCOLLAB_SSL_REDIRECT", False)
if env_bool("CPCOLLAB_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("CPCOLLAB_MAX_REQUEST_MB", 5, minimum=1) * 1024 * 1024

# --- Languages ---------------------------------------------------------------------------
# The six official languages of the United Nations, in the UN's order.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LANGUAGES_BIDI = ["ar"]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static files ------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES: dict[str, dict[str, Any]] = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    # Uploaded originals, byte for byte, named by their SHA-256 (cpcollab.documents.storage).
    "originals": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(DATA_DIR / "originals")},
    },
}
_S3_OPTIONS = {
    "bucket_name": env_str("CPCOLLAB_S3_BUCKET"),
    "endpoint_url": env_str("CPCOLLAB_S3_ENDPOINT_URL") or None,
    "access_key": env_str("CPCOLLAB_S3_ACCESS_KEY") or None,
    "secret_key": env_str("CPCOLLAB_S3_SECRET_KEY") or None,
    "location": env_str("CPCOLLAB_S3_PREFIX", "originals"),
    "file_overwrite": False,
    "default_acl": None,
}
if _S3_OPTIONS["bucket_name"]:  # an S3-compatible store (pip install "cpcollab[s3]")
    STORAGES["originals"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _S3_OPTIONS}
#: Largest file accepted for ingestion; larger ones are refused before anything is stored.
CPCOLLAB_MAX_UPLOAD_MB = env_int("CPCOLLAB_MAX_UPLOAD_MB", 50, minimum=1)
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # larger uploads are spooled to a temporary file
MEDIA_ROOT = DATA_DIR / "files"
WHITENOISE_USE_FINDERS = True
WHITENOISE_MAX_AGE = 3600

# --- API ---------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "cpcollab.accounts.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "cpcollab.core.api.Pagination",
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "cpcollab.core.api.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "cpcollab.core.api.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("CPCOLLAB_API_ANON_RATE", "300/min"),
        "user": env_str("CPCOLLAB_API_USER_RATE", "1200/min"),
    },
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "cpcollab API",
    "DESCRIPTION": (
        "Collaboration on child protection within the United Nations system "
        "(General Assembly resolution 66/139). Every error has the shape "
        '{"error": {"status", "code", "message", "details"}}.'
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
}

# --- Background jobs ---------------------------------------------------------------------
# Without a broker, jobs run in-process when the transaction that queued them commits. With one
# (`cpcollab worker`), a job's message is acknowledged only when the job has ended (acks late),
# a worker process takes one message at a time (prefetch 1), and a message whose process died is
# handed back: by the worker when a pool process dies, by the broker when the whole worker does
# (RabbitMQ at once, Redis after the visibility timeout). Jobs are idempotent, so a job handed
# back is run again and its result written once (docs/architecture.md, "Background jobs").
CPCOLLAB_BROKER_URL = env_str("CPCOLLAB_BROKER_URL")
CELERY_BROKER_URL = CPCOLLAB_BROKER_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not CPCOLLAB_BROKER_URL
CELERY_TASK_DEFAULT_QUEUE = env_str("CPCOLLAB_BROKER_QUEUE", "cpcollab") or "cpcollab"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_TASK_ACKS_ON_TIMEOUT = False  # a process killed at the hard limit hands its job back too
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True  # results are in the database, not in a result backend
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
#: Seconds a job may run: then it fails with a time-limit error (its process is killed 30 s later).
CPCOLLAB_JOB_TIME_LIMIT = env_int("CPCOLLAB_JOB_TIME_LIMIT", 900, minimum=10)
CELERY_TASK_SOFT_TIME_LIMIT = CPCOLLAB_JOB_TIME_LIMIT
CELERY_TASK_TIME_LIMIT = CPCOLLAB_JOB_TIME_LIMIT + 30
_REDIS = CPCOLLAB_BROKER_URL.startswith(("redis://", "rediss://", "redis+socket://", "sentinel://"))
# RabbitMQ redelivers a lost connection's messages itself: stop the jobs rather than run them twice.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = not _REDIS
#: Seconds before Redis hands a message nobody acknowledged (its worker died) to another worker.
CPCOLLAB_BROKER_VISIBILITY_TIMEOUT = env_int(
    "CPCOLLAB_BROKER_VISIBILITY_TIMEOUT", CELERY_TASK_TIME_LIMIT + 300, minimum=1
)
if _REDIS:
    _RESTORE_EVERY = max(1, min(60, CPCOLLAB_BROKER_VISIBILITY_TIMEOUT // 10))
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "visibility_timeout": CPCOLLAB_BROKER_VISIBILITY_TIMEOUT,
        # Look for such messages every tenth of the timeout (1 s to 60 s), not every 100 s.
        "unacked_restore_interval": _RESTORE_EVERY,
        "unacked_restore_throttle": 1,
        # A worker killed while it looks holds the lock of the look: it lapses after as long, not
        # after 5 minutes (the default), in which no worker would hand back a dead worker's job.
        # Two looks at once restore nothing twice (each message is moved in a watched transaction).
        "unacked_mutex_expire": _RESTORE_EVERY,
    }

# --- Cache and logging -------------------------------------------------------------------
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("CPCOLLAB_LOG_LEVEL", "INFO")},
    # A line per finished task is noise in-process, and fontTools logs every glyph it subsets
    # for the letters' PDFs; failures are still logged.
    "loggers": {"celery.app.trace": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}

# --- E-mail (calls for inputs: acknowledgements and reminders) ----------------------------
# The console backend by default; CPCOLLAB_EMAIL_BACKEND=smtp with EMAIL_HOST etc. for SMTP,
# or =file to write messages under DATA_DIR/mail.
_EMAIL = env_str("CPCOLLAB_EMAIL_BACKEND", "console")
_EMAIL = _EMAIL if _EMAIL in ("console", "file", "smtp") else "console"
EMAIL_BACKEND = f"django.core.mail.backends.{_EMAIL}.EmailBackend"
EMAIL_FILE_PATH = str(DATA_DIR / "mail")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "cpcollab@localhost")
