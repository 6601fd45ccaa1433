"""The batch front end: archives in (`readers`), linked JSONL out, in parallel, resumable
and byte-identical for any number of workers (`runner`)."""
from .readers import read_inputs
from .runner import link_chunk, link_documents, run_batch

__all__ = ["link_chunk", "link_documents", "read_inputs", "run_batch"]
