from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "cpcollab.audit"
    label = "audit"
    verbose_name = "Audit trail"
