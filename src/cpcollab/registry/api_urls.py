from django.urls import path

from cpcollab.registry import api

urlpatterns = [
    path("actors/", api.ActorListApi.as_view(), name="actor-list"),
    path("actors/<str:code>/", api.ActorDetailApi.as_view(), name="actor-detail"),
    path("countries/", api.CountryListApi.as_view(), name="country-list"),
    path("countries/<str:iso3>/", api.CountryDetailApi.as_view(), name="country-detail"),
    path("member-states/", api.MemberStateListApi.as_view(), name="member-state-list"),
    path("themes/", api.ThemeListApi.as_view(), name="theme-list"),
    path("themes/<str:code>/", api.ThemeDetailApi.as_view(), name="theme-detail"),
    path("mechanisms/", api.MechanismListApi.as_view(), name="mechanism-list"),
    path("mechanisms/<str:code>/", api.MechanismDetailApi.as_view(), name="mechanism-detail"),
    path("collaboration-kinds/", api.CollaborationKindListApi.as_view(), name="collaboration-kind-list"),
]
