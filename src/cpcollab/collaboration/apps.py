from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CollaborationConfig(AppConfig):
    name = "cpcollab.collaboration"
    label = "collaboration"
    verbose_name = _("Collaboration records")
    default_auto_field = "django.db.models.BigAutoField"
