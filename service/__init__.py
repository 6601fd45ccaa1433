"""Multilingual entity linking: NER -> normalization -> gazetteer candidates -> linker."""
__version__ = "0.1.0"
