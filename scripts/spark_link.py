"""spark-submit entry point: `spark-submit ... scripts/spark_link.py --in IN --out OUT`.

spark-submit runs a file, not a module; this file sits outside the package so that the
package's folder never lands on sys.path (where its module names could shadow others)."""
import sys

from service.spark import main

if __name__ == "__main__":
    sys.exit(main())
