"""Entry script of the frozen app: the same ``main`` as the ``securebase`` command."""

import sys

from securebase.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
