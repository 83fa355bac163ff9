"""English: data only, read by the same generic engines as French.

The modules hold plain values under the names `quotes/lang/schema.py` declares: `verbs` (speech verbs
and their conjugation), `typography`, `sources`, `pronouns`, `roles`, `names` and `grammar`. English
puts the subject before its verb after a quotation (`"…," she said`) as often as after it (`"…," said
Jane Doe`), and writes roles bare before a name (`Labour leader Jane Doe`).
"""

CODE = "en"
