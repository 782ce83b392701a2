"""Publication-date inference: when each article was written, with evidence and honest bounds.

The cascade given > metadata > text > unknown runs per article (``infer_published``); dating
undated articles from the ones they are related to runs across articles (``date_from_corpus``).
"""

from __future__ import annotations

from timeline.pubdate.cascade import infer_published
from timeline.pubdate.corpus import date_from_corpus

__all__ = ["date_from_corpus", "infer_published"]
