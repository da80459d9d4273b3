from django.urls import path

from cpcollab.accounts import api

urlpatterns = [
    path("me/", api.MeApi.as_view(), name="me"),
    path("organisations/", api.OrganisationListApi.as_view(), name="organisation-list"),
    path("organisations/<str:code>/", api.OrganisationDetailApi.as_view(), name="organisation-detail"),
    path("organisations/<str:code>/members/", api.OrganisationMembersApi.as_view(), name="organisation-members"),
    path("contacts/", api.ContactListApi.as_view(), name="contact-list"),
    path("contacts/<int:pk>/", api.ContactDetailApi.as_view(), name="contact-detail"),
    path("tokens/", api.ApiTokenListApi.as_view(), name="token-list"),
    path("tokens/<int:pk>/", api.ApiTokenDetailApi.as_view(), name="token-detail"),
]
