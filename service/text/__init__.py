"""Text before and around the gazetteer: normalization and romanization (`normalize`) and
language codes (`lang`)."""
