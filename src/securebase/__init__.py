"""SecureBase: a private, offline companion for attachment-pattern work."""

__version__ = "0.1.0"
APP_NAME = "SecureBase"
