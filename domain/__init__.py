"""The shared vocabulary at the bottom of the project: what every layer talks in.

* :mod:`domain.types` — the objects each stage hands the next (metadata, extracted
  text, detections, layer 2's classification, the decision);
* :mod:`domain.labels` — the one table of personal-information labels (code, Korean and
  English names, overlap priority, what a label says about a row or an item);
* :mod:`domain.lifecycle` — a document's statuses, the moves allowed between them, and
  the one answer to "may the public see this document?";
* :mod:`domain.limits` — how much text one document may have.

It imports nothing of the project (``tests/test_layers.py`` checks), so ``masking``,
``classifiers``, ``disclosure`` and ``web`` can all stand on it.
"""
