"""How much text one document may have (the reading and the filter both refuse more).

Approved documents are a few pages (the development corpus: at most 3,502 characters).
Layer 1 costs time and memory in proportion to the text: on a text dense with personal
information it took 8.6 s and 450 MB (peak RSS) for 300,000 characters. Extraction
(``disclosure.extract.limits``) stops reading past this limit, and layer 1 refuses such
a text too, whoever hands it over.
"""

#: Characters of extracted text one document may have.
MAX_CHARS = 300_000

#: Days a citizen's name, e-mail and phone given with a question are kept after the
#: answer (the consent text states it; `disclosure purge-contacts` erases them after).
CONTACT_RETENTION_DAYS = 90
