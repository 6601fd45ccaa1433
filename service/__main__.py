"""`python -m service`: the runtime command line (service/cli.py)."""
import sys

from .cli import main

sys.exit(main())
