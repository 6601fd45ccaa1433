"""`python -m service.dev`: the development command line (service/dev/cli.py)."""
import sys

from .cli import main

sys.exit(main())
