from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "cpcollab.accounts"
    label = "accounts"
    verbose_name = "Organisations and access"
