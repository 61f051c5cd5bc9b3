"""Developer tools that ship with SecureBase (run with ``python -m securebase.tools.<name>``)."""
