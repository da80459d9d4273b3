from django.urls import path

from cpcollab.documents import review, views

app_name = "documents"
urlpatterns = [
    path("documents/", views.document_list, name="list"),
    path("documents/upload/", views.document_upload, name="upload"),
    path("documents/<int:pk>/", views.document_detail, name="detail"),
    path("documents/<int:pk>/edit/", views.document_edit, name="edit"),
    path("documents/<int:pk>/reingest/", views.document_reingest, name="reingest"),
    path("documents/<int:pk>/highlights/", views.document_highlights, name="highlights"),
    path("documents/<int:pk>/highlights.docx", views.document_highlights_docx, name="highlights-docx"),
    path("statements/<int:pk>/accept/", review.statement_accept, name="statement-accept"),
    path("statements/<int:pk>/correct/", review.statement_correct, name="statement-correct"),
    path("statements/<int:pk>/reject/", review.statement_reject, name="statement-reject"),
]
