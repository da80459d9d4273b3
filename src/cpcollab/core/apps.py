from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cpcollab.core"
    label = "core"
    verbose_name = "Core"
