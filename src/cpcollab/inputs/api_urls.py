from django.urls import path

from cpcollab.inputs import api

urlpatterns = [
    path("cycles/", api.CycleListApi.as_view(), name="cycle-list"),
    path("cycles/<slug:code>/", api.CycleDetailApi.as_view(), name="cycle-detail"),
    path("cycles/<slug:code>/calls/", api.CycleCallsApi.as_view(), name="cycle-calls"),
    path("cycles/<slug:code>/status/", api.CycleStatusApi.as_view(), name="cycle-status"),
    path("cycles/<slug:code>/export/", api.CycleExportApi.as_view(), name="cycle-export"),
    path("recipients/", api.RecipientListApi.as_view(), name="recipient-list"),
    path("recipients/<int:pk>/", api.RecipientDetailApi.as_view(), name="recipient-detail"),
    path("recipients/<int:pk>/draft/", api.RecipientDraftApi.as_view(), name="recipient-draft"),
    path("recipients/<int:pk>/prefill/", api.RecipientPrefillApi.as_view(), name="recipient-prefill"),
    path("recipients/<int:pk>/submit/", api.RecipientSubmitApi.as_view(), name="recipient-submit"),
    path("recipients/<int:pk>/register/", api.RecipientRegisterApi.as_view(), name="recipient-register"),
    path("recipients/<int:pk>/acknowledge/", api.RecipientAcknowledgeApi.as_view(), name="recipient-acknowledge"),
    path("submissions/", api.SubmissionListApi.as_view(), name="submission-list"),
    path("submissions/<int:pk>/", api.SubmissionDetailApi.as_view(), name="submission-detail"),
    path("submissions/<int:pk>/versions/", api.SubmissionVersionsApi.as_view(), name="submission-versions"),
]
