from django.urls import path

from cpcollab.audit import api

urlpatterns = [
    path("events/", api.AuditEventListApi.as_view(), name="audit-event-list"),
    path("events/<int:pk>/", api.AuditEventDetailApi.as_view(), name="audit-event-detail"),
    path("verify/", api.AuditVerifyApi.as_view(), name="audit-verify"),
]
