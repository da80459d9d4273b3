from django.urls import path

from cpcollab.search import views

app_name = "search"
urlpatterns = [path("search/", views.search_page, name="search")]
