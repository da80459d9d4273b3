from django.urls import path

from cpcollab.inputs import views

app_name = "inputs"
urlpatterns = [
    path("cycles/", views.cycle_list, name="cycle-list"),
    path("cycles/<slug:code>/", views.cycle_detail, name="cycle-detail"),
    path("recipients/<int:pk>/answer/", views.recipient_answer, name="answer"),
    path("submissions/<int:pk>/", views.submission_detail, name="submission-detail"),
]
