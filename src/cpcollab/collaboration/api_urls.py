from django.urls import path

from cpcollab.collaboration import api, api_review

urlpatterns = [
    path("records/", api.RecordListApi.as_view(), name="record-list"),
    path("records/import/", api.RecordImportApi.as_view(), name="record-import"),
    path("records/template/", api.RecordTemplateApi.as_view(), name="record-template"),
    path("records/export/", api.RecordExportApi.as_view(), name="record-export"),
    path("records/<int:pk>/", api.RecordDetailApi.as_view(), name="record-detail"),
    path("records/<int:pk>/publish/", api.RecordPublishApi.as_view(), name="record-publish"),
    path("records/<int:pk>/unpublish/", api.RecordUnpublishApi.as_view(), name="record-unpublish"),
    path("records/<int:pk>/versions/", api.RecordVersionsApi.as_view(), name="record-versions"),
    path("records/<int:pk>/evidence/", api.RecordEvidenceApi.as_view(), name="record-evidence"),
    path(
        "records/<int:pk>/evidence/<int:evidence_pk>/",
        api.RecordEvidenceDetailApi.as_view(),
        name="record-evidence-detail",
    ),
    path("records/<int:pk>/confirmations/", api.RecordConfirmationsApi.as_view(), name="record-confirmations"),
    path("statements/<int:pk>/accept/", api_review.StatementAcceptApi.as_view(), name="statement-accept"),
    path("statements/<int:pk>/correct/", api_review.StatementCorrectApi.as_view(), name="statement-correct"),
    path("statements/<int:pk>/reject/", api_review.StatementRejectApi.as_view(), name="statement-reject"),
    path("statements/<int:pk>/duplicates/", api_review.StatementDuplicatesApi.as_view(), name="statement-duplicates"),
]
