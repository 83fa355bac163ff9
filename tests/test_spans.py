import pytest

from quotes.lang import fr
from quotes.spans import find_spans


def quoted(text):
    return [(text[s.start : s.end], s.depth) for s in find_spans(text, fr.QUOTE_PAIRS)]


@pytest.mark.parametrize(
    "text",
    [
        "« Nous ne céderons pas », a déclaré le ministre.",
        "«\u00a0Nous ne céderons pas\u00a0», a déclaré le ministre.",
        "«\u202fNous ne céderons pas\u202f», a déclaré le ministre.",
        "“Nous ne céderons pas”, a déclaré le ministre.",
        "„Nous ne céderons pas“, a déclaré le ministre.",
        "‹ Nous ne céderons pas ›, a déclaré le ministre.",
        '"Nous ne céderons pas", a déclaré le ministre.',
    ],
)
def test_every_kind_of_mark(text):
    assert quoted(text) == [("Nous ne céderons pas", 0)]


def test_nested_quotes_inside_guillemets():
    text = "« Il m'a dit “je reviendrai” et il est parti », raconte-t-elle."
    assert quoted(text) == [
        ("Il m'a dit “je reviendrai” et il est parti", 0),
        ("je reviendrai", 1),
    ]


def test_nested_straight_quotes_written_with_spaces():
    text = 'Il raconte : "je crie " Vous êtes fous ! ". Puis on me jette à terre". Fin.'
    assert quoted(text) == [
        ('je crie " Vous êtes fous ! ". Puis on me jette à terre', 0),
        ("Vous êtes fous !", 1),
    ]


def test_quotation_over_several_paragraphs():
    text = (
        "« Nous avons tout essayé. Rien n'a marché.\n\n"
        "« Alors nous sommes partis », a-t-il conclu.\n\nLa suite est connue."
    )
    assert quoted(text) == [
        ("Nous avons tout essayé. Rien n'a marché.", 0),
        ("Alors nous sommes partis", 0),
    ]


def test_continuation_paragraph_opening_with_closing_guillemet():
    text = "« Première partie.\n» Seconde partie », a-t-il dit."
    assert quoted(text) == [("Première partie.", 0), ("Seconde partie", 0)]


def test_straight_quote_left_open_ends_with_its_paragraph():
    text = '"Nous resterons mobilisés jusqu\'au bout\n\nLe gouvernement n\'a pas répondu.'
    assert quoted(text) == [("Nous resterons mobilisés jusqu'au bout", 0)]


def test_unbalanced_mark_never_swallows_the_article():
    body = "Le préfet a pris un arrêté. " * 60
    text = "Il parle d'une « crise hors norme. " + body
    (span, depth), = quoted(text)
    assert len(span) < 700
    assert span.startswith("crise hors norme.")


def test_glued_paragraphs_keep_quotes_apart():
    text = (
        'Une crue "hors norme"D\'après le préfet, la situation est "grave".'
        '"Nous évacuons", a-t-il ajouté.'
    )
    assert [q for q, _ in quoted(text)] == ["hors norme", "grave", "Nous évacuons"]


def test_stray_straight_quote_does_not_flip_the_rest():
    text = 'Un titre 12" et puis "Nous partons", dit-il. "Demain", ajoute-t-il.'
    assert [q for q, _ in quoted(text)][-2:] == ["Nous partons", "Demain"]


@pytest.mark.parametrize("text", ["«" * 1_000_000, '"a' * 500_000, "« »" * 300_000])
def test_pathological_marks_give_bounded_spans(text):
    spans = find_spans(text, fr.QUOTE_PAIRS)
    assert all(0 <= s.start <= s.end <= len(text) for s in spans)
    assert all(s.end - s.start <= 600 for s in spans)
