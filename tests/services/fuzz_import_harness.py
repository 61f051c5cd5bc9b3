"""Coverage-guided fuzzing of the importers with atheris (run by test_import_atheris.py,
or by hand: ``python tests/services/fuzz_import_harness.py -runs=100000``).

Every input is tried as a JSON export and as a CSV file: the importers may accept it or
raise ImportRejected; anything else is a crash that atheris reports with the input.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from securebase.services import import_
    from securebase.storage.errors import ImportRejected


def test_one_input(data: bytes) -> None:
    for parse in (lambda d: import_.validate_document(import_.parse_json(d)),
                  import_.parse_csv):
        try:
            parse(data)
        except ImportRejected:
            pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
