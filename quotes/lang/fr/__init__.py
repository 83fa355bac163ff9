"""French, the tracker's first language: data only, read by the generic engines.

Each module of this package holds plain values under the names `quotes/lang/schema.py` declares:
`verbs` (speech verbs and their conjugation), `typography`, `sources`, `pronouns`, `roles`, `names`
and `grammar`. A language is added by writing such a package, never by touching an engine.
"""

CODE = "fr"
