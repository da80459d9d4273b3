from django.urls import path

from cpcollab.collaboration import views

app_name = "collaboration"
urlpatterns = [
    path("collaboration/", views.record_list, name="record-list"),
    path("collaboration/new/", views.record_create, name="record-create"),
    path("collaboration/import/", views.record_import, name="record-import"),
    path("collaboration/<int:pk>/", views.record_detail, name="record-detail"),
    path("collaboration/<int:pk>/edit/", views.record_edit, name="record-edit"),
    path("collaboration/<int:pk>/publish/", views.record_publish, name="record-publish"),
    path("collaboration/<int:pk>/delete/", views.record_delete, name="record-delete"),
    path("collaboration/<int:pk>/evidence/", views.evidence_add, name="evidence-add"),
    path("collaboration/<int:pk>/evidence/<int:evidence_pk>/remove/", views.evidence_remove, name="evidence-remove"),
    path("collaboration/<int:pk>/confirmations/", views.confirmation_add, name="confirmation-add"),
]
