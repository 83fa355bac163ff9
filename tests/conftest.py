"""Fixtures shared by several test files (their data and plain helpers are in dbfixtures.py)."""

import pytest
from dbfixtures import SAMPLE, build_db, client_for, fake_extract, run_cli


@pytest.fixture
def fake_parser(monkeypatch):
    """Ingest with the stand-in parser of dbfixtures instead of the real one."""
    monkeypatch.setattr("quotes.ingest.default_extract", lambda: fake_extract)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    """The hand-made corpus of dbfixtures in a database of the test file's own."""
    return build_db(tmp_path_factory.mktemp("corpus") / "quotes.db")


@pytest.fixture(scope="module")
def client(db_path):
    """Call client(url, method="GET", **kwargs) for a response of a Datasette serving db_path."""
    return client_for(db_path)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory):
    """The bundled sample's articles, ingested: about 1,700 quotes, many of a date, a kind, a source."""
    path = tmp_path_factory.mktemp("sample") / "quotes.db"
    run_cli("ingest", "--db", path, "--jobs", "1", SAMPLE)
    return path
