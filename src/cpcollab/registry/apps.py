from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "cpcollab.registry"
    label = "registry"
    verbose_name = "Registry"
