"""Built-in Python rules. Each module lists its rule classes in ``RULES``; the registry finds them.

Code families: NL0xx input and engine, NL1xx extraction debris (drop caps, glued
words, stray breaks), NL2xx quotation marks, NL3xx boilerplate, credits and
leaked metadata, NL4xx encoding and markup, NL5xx repetition and consistency,
NL6xx dates, NL7xx spelling, NL8xx grammar (LanguageTool).
"""
