"""OCR support: the gate that tells OCR output from edited text, candidate lookup and token analysis.

``gate`` decides per document whether the text is OCR output (the NL704–NL708 rules run only
there); ``symspell`` finds dictionary words near a misread one; ``analysis`` classifies every
token of an OCR article once, for all the OCR rules.
"""
