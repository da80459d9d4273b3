from django.urls import path

from cpcollab.documents import api

urlpatterns = [
    path("documents/", api.DocumentListApi.as_view(), name="document-list"),
    path("documents/<int:pk>/", api.DocumentDetailApi.as_view(), name="document-detail"),
    path("documents/<int:pk>/original/", api.DocumentOriginalApi.as_view(), name="document-original"),
    path("documents/<int:pk>/blocks/", api.DocumentBlocksApi.as_view(), name="document-blocks"),
    path("documents/<int:pk>/reingest/", api.DocumentReingestApi.as_view(), name="document-reingest"),
    path("statements/", api.StatementListApi.as_view(), name="statement-list"),
    path("statements/<int:pk>/", api.StatementDetailApi.as_view(), name="statement-detail"),
    path("jobs/<int:pk>/", api.JobDetailApi.as_view(), name="job-detail"),
]
