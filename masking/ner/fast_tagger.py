"""The shipped tagger's forward pass in a dozen numpy calls instead of thinc's layers.

spaCy trains and saves the model (``training.layer1``); only prediction runs here. The
model is small (width 64, four convolution layers) and reads a few dozen tokens a
document, so thinc's bookkeeping around each of its 40-odd layers (lists to padded
arrays and back, one Python call per layer, a reduction over the three maxout pieces
that numpy does slowly) cost as much as the arithmetic: reading one document's lines
took about 0.9 ms, and takes about 0.45 ms here.

The computation is the same, step for step, with the saved weights:

* the four hashed embeddings of NORM, PREFIX, SUFFIX and SHAPE (thinc's own hash and
  gather routines), put through the first maxout layer; as that layer is linear before
  its max, each embedding table is multiplied by its slice of the weights once, at
  load, and a token's rows are then summed. That first layer's output depends on the
  token's features alone, so it is remembered per distinct feature row (the same words
  and numbers come back in every document);
* maxout (the best of the pieces), layer normalisation, then ``depth`` residual blocks
  of window-1 convolution + maxout + layer normalisation over the documents laid end
  to end with ``pad`` zero rows between them, as thinc's ``with_array(pad=...)`` does
  (so one document's tags never depend on another's);
* the output layer's scores, whose best tag per token is what spaCy's tagger keeps.

Floating-point sums are taken in another order, so scores differ from thinc's in the
sixth decimal; the tags are the same (``tests/masking/test_ner_model.py`` compares
them on the dev corpus). :meth:`FastTagger.from_pipeline` returns ``None`` for a model
of another shape (a retrained one with another architecture), which then runs
through spaCy as before.
"""
from __future__ import annotations

import threading

import numpy as np
from spacy.attrs import IDS

_EXPECTED_COLUMNS = ("NORM", "PREFIX", "SUFFIX", "SHAPE")
_add_reduce = np.add.reduce


class FastTagger:
    #: distinct token feature rows remembered (64 floats each: 12.8 MB at most); past
    #: that the memory starts again empty
    CACHE_ROWS = 50_000

    def __init__(self, ops, columns, tables, first, blocks, pad, out_w, out_b):
        self.ops = ops
        self.columns = [IDS[c] for c in columns]
        self.tables = tables        # [(projected table, seed)] per column
        self.first = first          # (bias, nO, nP, G, b) of the first maxout layer
        self.blocks = blocks        # [(W, bias, nO, nP, G, b)] of the residual blocks
        self.pad = pad
        self.out_w, self.out_b = out_w, out_b
        # first-layer vectors of the token features seen so far (see _embedded)
        self._lock = threading.Lock()
        self._row_of: dict[tuple, int] = {}
        self._store = np.empty((1024, first[1]), dtype="f")

    @classmethod
    def from_pipeline(cls, nlp) -> "FastTagger | None":
        """The fast forward pass of ``nlp``'s tagger, or ``None`` if its model is not
        the HashEmbedCNN (window 1) + softmax this module reproduces."""
        if "tagger" not in nlp.pipe_names:
            return None
        model = nlp.get_pipe("tagger").model
        nodes = list(model.walk())
        by = {}
        for n in nodes:
            by.setdefault(n.name, []).append(n)
        try:
            columns = tuple(by["extract_features"][0].attrs["columns"])
            embeds = by["hashembed"]
            maxouts, norms = by["maxout"], by["layernorm"]
            windows = by["expand_window"]
            (softmax,) = by["softmax"]
        except (KeyError, ValueError):
            return None
        depth = len(windows)         # residual blocks, each a window, a maxout and a norm
        residuals = sum(1 for n in nodes if n.name.startswith("residual(") and len(n.layers) == 1)
        # every layer that computes (not a combination of others) is one of these
        known = {"extract_features", "list2ragged", "ragged2list", "ints-getitem", "hashembed", "maxout",
                 "layernorm", "dropout", "expand_window", "softmax"}
        leaves = [n for n in nodes if not n.layers]
        if columns != _EXPECTED_COLUMNS or len(embeds) != len(columns) \
                or [e.attrs.get("column") for e in embeds] != list(range(len(columns))) \
                or not depth or residuals != depth \
                or len(maxouts) != depth + 1 or len(norms) != depth + 1 \
                or any(w.attrs.get("window_size") != 1 for w in windows) \
                or any(n.name not in known for n in leaves):
            return None
        pads = [n.attrs["pad"] for n in nodes if n.name.startswith("with_array(residual(")]
        if len(pads) != 1:
            return None

        def maxout(mo, ln):
            W = mo.get_param("W")
            nO, nP, nI = W.shape
            # pieces first: the max is then over contiguous blocks of nO columns
            Wp = np.ascontiguousarray(W.transpose(1, 0, 2).reshape(nP * nO, nI).T)
            bp = np.ascontiguousarray(mo.get_param("b").T.reshape(nP * nO))
            return Wp, bp, nO, nP, ln.get_param("G"), ln.get_param("b")

        W0, b0, nO0, nP0, G0, lb0 = maxout(maxouts[0], norms[0])
        width = embeds[0].get_param("E").shape[1]
        if W0.shape[0] != width * len(embeds):
            return None
        tables = [(np.ascontiguousarray(e.get_param("E") @ W0[j * width:(j + 1) * width]), e.attrs["seed"])
                  for j, e in enumerate(embeds)]
        blocks = [maxout(m, n) for m, n in zip(maxouts[1:], norms[1:])]
        return cls(model.ops, columns, tables, (b0, nO0, nP0, G0, lb0), blocks, pads[0],
                   np.ascontiguousarray(softmax.get_param("W").T), softmax.get_param("b"))

    @staticmethod
    def _activate(Y, nO, nP, G, b):
        """Maxout over the pieces, then layer normalisation (as thinc's)."""
        Z = np.maximum(Y[:, :nO], Y[:, nO:2 * nO]) if nP > 1 else Y[:, :nO].copy()
        for p in range(2, nP):
            np.maximum(Z, Y[:, p * nO:(p + 1) * nO], out=Z)
        # (what ``mean`` computes, without its Python wrapper: a sum, then a division)
        mean = _add_reduce(Z, axis=1, keepdims=True)
        mean /= nO
        Z -= mean
        var = _add_reduce(Z * Z, axis=1, keepdims=True)
        var /= nO
        var += 1e-08
        Z *= var ** -0.5
        Z *= G
        Z += b
        return Z

    def _first_layer(self, feats):
        """The first layer's output for rows of (NORM, PREFIX, SUFFIX, SHAPE) ids."""
        ops = self.ops
        b0, nO0, nP0, G0, lb0 = self.first
        Y = b0 + sum(ops.gather_add(P, ops.hash(np.ascontiguousarray(feats[:, j]), seed) % P.shape[0])
                     for j, (P, seed) in enumerate(self.tables))
        return self._activate(Y, nO0, nP0, G0, lb0)

    def _embedded(self, feats):
        """``_first_layer(feats)``, each distinct row of features computed once and then
        remembered: a token's first-layer vector depends on its features alone, and the
        same words and numbers come back in every document (half of the model's time in
        a call for one document went to hashing, gathering and normalising them)."""
        keys = list(map(tuple, feats.tolist()))
        with self._lock:
            row_of = self._row_of
            new = [k for k in dict.fromkeys(keys) if k not in row_of]
            if new:
                if len(row_of) + len(new) > self.CACHE_ROWS:
                    row_of.clear()
                    new = list(dict.fromkeys(keys))
                first = len(row_of)
                if first + len(new) > len(self._store):
                    grown = np.empty((max(2 * len(self._store), first + len(new)), self._store.shape[1]), dtype="f")
                    grown[:first] = self._store[:first]
                    self._store = grown
                self._store[first:first + len(new)] = self._first_layer(np.array(new, dtype="uint64"))
                for i, k in enumerate(new, first):
                    row_of[k] = i
            return self._store[np.fromiter(map(row_of.__getitem__, keys), dtype=np.intp, count=len(keys))]

    def scores(self, docs) -> list[np.ndarray]:
        """One (tokens, tags) array of scores per doc."""
        ops, pad = self.ops, self.pad
        lengths = [len(d) for d in docs]
        total = sum(lengths)
        if not total:
            return [np.zeros((0, self.out_w.shape[1]), dtype="f") for _ in docs]
        feats = np.concatenate([d.to_array(self.columns) for d in docs if len(d)]).astype("uint64")
        X = self._embedded(feats)
        # the documents end to end with ``pad`` zero rows around each (empty ones skipped)
        starts, pos, src = [], pad, 0
        H = np.zeros((total + pad * (sum(1 for n in lengths if n) + 1), X.shape[1]), dtype="f")
        for n in lengths:
            starts.append(pos)
            if n:
                H[pos:pos + n] = X[src:src + n]
                pos += n + pad
                src += n
        for W, bias, nO, nP, G, b in self.blocks:
            H = H + self._activate(ops.seq2col(H, 1) @ W + bias, nO, nP, G, b)
        out = H @ self.out_w + self.out_b
        return [out[s:s + n] for s, n in zip(starts, lengths)]

    def tag_ids(self, docs) -> list[np.ndarray]:
        """The best tag (an index into the tagger's labels) of every token, per doc."""
        return [s.argmax(axis=1) for s in self.scores(docs)]
