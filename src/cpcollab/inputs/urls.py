from django.urls import path

from cpcollab.inputs import views

app_name = "inputs"
urlpatterns = [
    path("cycles/", views.cycle_list, name="cycle-list"),
    path("cycles/<slug:code>/", views.cycle_detail, name="cycle-detail"),
    path("cycles/<slug:code>/letters/", views.cycle_letters, name="cycle-letters"),
    path("cycles/<slug:code>/sent/", views.cycle_action, {"action": "sent"}, name="cycle-sent"),
    path("cycles/<slug:code>/remind/", views.cycle_action, {"action": "remind"}, name="cycle-remind"),
    path("cycles/<slug:code>/register/", views.cycle_register, name="cycle-register"),
    path("recipients/<int:pk>/answer/", views.recipient_answer, name="answer"),
    path("recipients/<int:pk>/letter/", views.recipient_letter, name="recipient-letter"),
    path("recipients/<int:pk>/acknowledge/", views.recipient_acknowledge, name="recipient-acknowledge"),
    path("submissions/<int:pk>/", views.submission_detail, name="submission-detail"),
    path("submissions/<int:pk>/visibility/", views.submission_visibility, name="submission-visibility"),
]
