"""`python -m registrar` is the `registrar` command."""

import sys

from registrar.cli import main

sys.exit(main())
