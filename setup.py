"""Packages: everything under src/, plus the top-level resources/ folder installed as
the package ``securebase.resources`` (content, icons, sounds, translations)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "securebase.resources"],
    package_dir={"": "src", "securebase.resources": "resources"},
    package_data={"securebase.resources": ["**/*"]},
    include_package_data=False,
)
