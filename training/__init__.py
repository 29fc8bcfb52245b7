"""Training, kept out of the runtime: the synthetic generator (:mod:`training.synth`),
the document families' loader (:mod:`training.family_corpus`), layer 1's tagger
(:mod:`training.layer1`) and layer 2's model with its own generator
(:mod:`training.layer2`, :mod:`training.layer2_gen`).

Nothing the pipeline, the filter or the web app runs imports this package; the command
line's ``disclosure train`` does, and writes the models to the folder it is given (by
default the shipped ones inside ``masking/models`` and ``classifiers/models``, which the
runtime reads).
"""
