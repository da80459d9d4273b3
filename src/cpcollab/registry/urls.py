from django.urls import path

from cpcollab.registry import views

app_name = "registry"
urlpatterns = [
    path("actors/", views.actor_list, name="actor-list"),
    path("actors/<str:code>/", views.actor_detail, name="actor-detail"),
    path("member-states/", views.country_list, name="country-list"),
    path("member-states/<str:iso3>/", views.country_detail, name="country-detail"),
    path("themes/", views.theme_list, name="theme-list"),
    path("themes/<str:code>/", views.theme_detail, name="theme-detail"),
    path("mechanisms/", views.mechanism_list, name="mechanism-list"),
    path("mechanisms/<str:code>/", views.mechanism_detail, name="mechanism-detail"),
]
