from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InputsConfig(AppConfig):
    name = "cpcollab.inputs"
    label = "inputs"
    verbose_name = _("Calls for inputs")
    default_auto_field = "django.db.models.BigAutoField"
