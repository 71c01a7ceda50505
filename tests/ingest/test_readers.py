"""Readers per format: what each input becomes, and the metadata hints it carries."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tidings.cli import main
from tidings.config import DEFAULT_PIPELINE, IngestSettings
from tidings.ingest.decode import content_hash
from tidings.ingest.readers import read_inputs
from tidings.records import Failure, RawDoc
from tidings.store import Store

FAST = ["--set", 'pipeline=["ingest.document"]', "-q"]

PARAS = [
    "Water ministers from Uzbekistan and Turkmenistan met in Khiva on Wednesday to agree on how much "
    "of the Amu Darya each country may draw during the dry summer months.",
    "The two delegations signed a protocol that sets quotas for irrigation canals and creates a joint "
    "commission to monitor flows at three gauging stations along the river.",
    "Officials said the commission would publish monthly figures and meet again in the autumn to "
    "review the quotas before the next planting season begins.",
]


def page(title: str = "Khiva water talks end with quota deal", paras: list[str] = PARAS) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{title} | Oasis Herald</title>
<meta property="og:title" content="{title}">
<meta name="author" content="Malika Rashidova">
<meta property="og:site_name" content="Oasis Herald">
<meta property="article:published_time" content="2023-06-14T08:00:00+05:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/region">Region</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>{title}</h1>
{body}</article></main>
<footer><p>Subscribe to our newsletter for daily updates.</p><p>Share this story</p></footer>
</body></html>"""


def ingest(db: Path, *args: object, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["ingest", *map(str, args), "--db", str(db), *FAST], input=stdin)


def docs(db: Path) -> dict[str, dict[str, Any]]:
    with Store(db, read_only=True) as store:
        rows = store.query(
            "SELECT d.doc_name, d.fmt, d.uri, d.version, t.raw_text FROM documents d "
            "JOIN texts t USING (doc_id) ORDER BY d.doc_name"
        )
    return {r["doc_name"]: r for r in rows}


def read(*paths: object, **kw: Any) -> list[RawDoc | Failure]:
    return list(read_inputs([str(p) for p in paths], IngestSettings(), **kw))


def test_plain_text_and_markdown_are_stored_as_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n\n".join(PARAS) + "\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Quotas\n\n" + PARAS[1] + "\n", encoding="utf-8")
    res = ingest(tmp_path / "t.duckdb", tmp_path)
    assert res.exit_code == 0, res.output
    got = docs(tmp_path / "t.duckdb")
    assert got["a.txt"]["raw_text"] == "\n\n".join(PARAS) + "\n"
    assert got["a.txt"]["fmt"] == "txt" and got["b.md"]["fmt"] == "md"
    assert got["b.md"]["raw_text"].startswith("# Quotas")


def test_crlf_line_ends_become_newlines_and_hash_is_of_the_text(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes("\r\n".join(PARAS).encode("utf-8"))
    (raw,) = read(tmp_path / "w.txt")
    assert isinstance(raw, RawDoc)
    assert raw.text == "\n".join(PARAS)
    assert raw.content_hash == content_hash(raw.text)


def test_html_main_text_without_markup_or_boilerplate(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(page(), encoding="utf-8")
    (raw,) = read(tmp_path / "story.html")
    assert isinstance(raw, RawDoc) and raw.fmt == "html"
    assert "<p>" not in raw.text and "Subscribe" not in raw.text and "Sport" not in raw.text
    assert all(p in raw.text for p in PARAS)
    assert raw.hints == {
        "title": "Khiva water talks end with quota deal",
        "published": "2023-06-14",
        "author": "Malika Rashidova",
        "source": "Oasis Herald",
        "language": "en",
    }


def test_html_in_a_legacy_encoding_declared_in_meta(tmp_path: Path) -> None:
    paras = [
        "Делегации Узбекистана и Туркменистана встретились в Хиве, чтобы согласовать квоты на воду "
        "из Амударьи на летние месяцы.",
        "Стороны подписали протокол и создали совместную комиссию, которая будет следить за стоком "
        "реки на трёх гидропостах.",
    ]
    html = page("Квоты на воду согласованы", paras).replace('charset="utf-8"', 'charset="windows-1251"')
    (tmp_path / "ru.htm").write_bytes(html.encode("cp1251"))
    (raw,) = read(tmp_path / "ru.htm")
    assert isinstance(raw, RawDoc)
    assert paras[0] in raw.text and raw.hints["title"] == "Квоты на воду согласованы"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16", "utf-8-sig"])
def test_russian_text_in_other_encodings_is_decoded(tmp_path: Path, encoding: str) -> None:
    text = (
        "Министры иностранных дел Казахстана и Кыргызстана встретились во вторник в Бишкеке и обсудили "
        "демаркацию границы, транзит грузов и новые пункты пропуска."
    )
    (tmp_path / "ru.txt").write_bytes(text.encode(encoding))
    (raw,) = read(tmp_path / "ru.txt")
    assert isinstance(raw, RawDoc) and raw.text == text


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_european_text_in_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    text = (
        "Les délégations se sont réunies à Genève mardi pour reprendre les négociations sur le transit "
        "des marchandises. Le ministre a déclaré que la prochaine réunion aura lieu à Almaty en été."
    )
    (tmp_path / "fr.txt").write_bytes(text.encode(encoding))
    (raw,) = read(tmp_path / "fr.txt")
    assert isinstance(raw, RawDoc) and raw.text == text


def test_json_object_list_and_wrapped_articles(tmp_path: Path) -> None:
    one = {"text": PARAS[0], "title": "Quota talks", "date": "2023-06-14T10:00:00Z", "outlet": "Oasis Herald"}
    (tmp_path / "one.json").write_text(json.dumps(one), encoding="utf-8")
    many = [{"content": p, "author": ["A. Karimov", "B. Saidova"]} for p in PARAS[:2]]
    many.append({"headline": "no body here"})
    (tmp_path / "many.json").write_text(json.dumps(many), encoding="utf-8")
    api = {"status": "ok", "articles": [{"body": f"<p>{PARAS[2]}</p>", "source": {"name": "Wire"}}]}
    (tmp_path / "api.json").write_text(json.dumps(api), encoding="utf-8")
    got = {r.name: r for r in read(tmp_path / "one.json", tmp_path / "many.json", tmp_path / "api.json")}
    single = got["one.json"]
    assert isinstance(single, RawDoc) and single.fmt == "json"
    assert single.hints == {"title": "Quota talks", "published": "2023-06-14", "source": "Oasis Herald"}
    first = got["many.json#1"]
    assert isinstance(first, RawDoc) and first.uri == f"{tmp_path / 'many.json'}#1"
    assert first.hints["author"] == "A. Karimov, B. Saidova"
    bad = got["many.json#3"]
    assert isinstance(bad, Failure) and "no text" in bad.reason
    wrapped = got["api.json#1"]
    assert isinstance(wrapped, RawDoc) and wrapped.text == PARAS[2] and wrapped.hints["source"] == "Wire"


def test_jsonl_bad_line_fails_alone(tmp_path: Path) -> None:
    lines = [json.dumps({"text": PARAS[0]}), '{"text": "cut off', "", json.dumps({"body": PARAS[1]})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = ingest(tmp_path / "t.duckdb", tmp_path / "feed.jsonl")
    assert res.exit_code == 1
    assert "failed feed.jsonl:2: invalid JSON" in res.stderr
    assert set(docs(tmp_path / "t.duckdb")) == {"feed.jsonl#1", "feed.jsonl#4"}


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Caspian Wire</title><language>en-us</language>
<item><title>Ferry line opens</title><link>https://wire.example/ferry</link>
<pubDate>Mon, 02 Jan 2023 10:00:00 +0000</pubDate><dc:creator>Arman Bekov</dc:creator>
<description>short teaser</description>
<content:encoded><![CDATA[<p>A new ferry line links Aktau and Baku.</p>
<p>It carries <b>grain</b> and fuel.</p>]]></content:encoded>
</item>
<item><title>Port fees cut</title><pubDate>Tue, 03 Jan 2023 09:00:00 +0000</pubDate>
<description>&lt;p&gt;Port fees at Turkmenbashi were cut by a fifth.&lt;/p&gt;</description></item>
<item><title>Only a title</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Steppe Notes</title>
<entry><title type="html">Rail &lt;em&gt;freight&lt;/em&gt; grows</title>
<link rel="alternate" href="https://notes.example/rail"/><published>2024-02-29T12:00:00Z</published>
<author><name>Jana Weiss</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>Freight trains crossed the border.</p><p>Volumes rose.</p></div></content>
</entry>
<entry><title>Summary only</title><updated>2024-03-01T00:00:00Z</updated>
<summary type="text">Customs posts will stay open at night.</summary></entry>
</feed>"""


def test_rss_entries_with_html_stripped_and_hints(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    out = read(tmp_path / "wire.rss")
    first, second, third = out
    assert isinstance(first, RawDoc) and first.name == "wire.rss#1" and first.fmt == "rss"
    assert first.text == "A new ferry line links Aktau and Baku.\n\nIt carries grain and fuel."
    assert first.hints == {
        "title": "Ferry line opens",
        "published": "2023-01-02",
        "author": "Arman Bekov",
        "source": "Caspian Wire",
        "language": "en",
        "url": "https://wire.example/ferry",
    }
    assert isinstance(second, RawDoc) and second.text == "Port fees at Turkmenbashi were cut by a fifth."
    assert isinstance(third, Failure) and third.name == "wire.rss#3" and "no text" in third.reason


def test_atom_entries_and_xml_sniffed_as_feed(tmp_path: Path) -> None:
    (tmp_path / "notes.xml").write_text(ATOM, encoding="utf-8")
    first, second = read(tmp_path / "notes.xml")
    assert isinstance(first, RawDoc) and first.fmt == "atom"
    assert first.text == "Freight trains crossed the border.\n\nVolumes rose."
    assert first.hints["title"] == "Rail freight grows" and first.hints["author"] == "Jana Weiss"
    assert first.hints["published"] == "2024-02-29" and first.hints["language"] == "de"
    assert first.hints["url"] == "https://notes.example/rail" and first.hints["source"] == "Steppe Notes"
    assert isinstance(second, RawDoc) and second.text == "Customs posts will stay open at night."
    assert second.hints["published"] == "2024-03-01"


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url/></urlset>', encoding="utf-8")
    (tmp_path / "a.txt").write_text(PARAS[0], encoding="utf-8")
    assert [r.name for r in read(tmp_path)] == ["a.txt"]  # in a folder: ignored
    (fail,) = read(tmp_path / "sitemap.xml")  # named: an error
    assert isinstance(fail, Failure) and "not an RSS or Atom feed" in fail.reason


def warc_bytes(compress: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)

    def response(url: str, status: str, ctype: str, body: bytes) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
        )

    response("https://herald.example/khiva", "200 OK", "text/html; charset=utf-8", page().encode())
    response("https://herald.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
    response("https://herald.example/gone", "404 Not Found", "text/html", b"<html>gone</html>")
    response("https://herald.example/note.txt", "200 OK", "text/plain", PARAS[1].encode("cp1251"))
    return buf.getvalue()


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_html_and_text_responses(tmp_path: Path, suffix: str) -> None:
    data = warc_bytes(compress=suffix.endswith(".gz"))
    if suffix.endswith(".gz"):
        assert gzip.decompress(data).startswith(b"WARC/")
    (tmp_path / f"crawl{suffix}").write_bytes(data)
    html, text = read(tmp_path / f"crawl{suffix}")
    assert isinstance(html, RawDoc) and html.name == f"crawl{suffix}#1" and html.fmt == "html"
    assert PARAS[0] in html.text and "<p>" not in html.text
    assert html.hints["url"] == "https://herald.example/khiva" and html.hints["source"] == "Oasis Herald"
    assert isinstance(text, RawDoc) and text.name == f"crawl{suffix}#2" and text.text == PARAS[1]


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    data = warc_bytes(compress=False)
    (tmp_path / "cut.warc").write_bytes(data[: len(data) - 40] + b"\x00garbage")
    out = read(tmp_path / "cut.warc")
    assert isinstance(out[0], RawDoc) and PARAS[0] in out[0].text
    assert all(isinstance(r, RawDoc) or "cut.warc" in r.name for r in out)


def test_stdin_is_read_when_the_path_is_a_dash(tmp_path: Path) -> None:
    res = ingest(tmp_path / "t.duckdb", "-", stdin=page().encode("utf-8"))
    assert res.exit_code == 0, res.output
    got = docs(tmp_path / "t.duckdb")
    assert list(got) == ["stdin"] and got["stdin"]["fmt"] == "html" and got["stdin"]["uri"] == "-"
    assert PARAS[1] in got["stdin"]["raw_text"]


def test_stdin_text_and_jsonl_are_sniffed() -> None:
    (txt,) = read("-", stdin=io.BytesIO(PARAS[0].encode()))
    assert isinstance(txt, RawDoc) and txt.fmt == "txt" and txt.name == "stdin"
    lines = "\n".join(json.dumps({"text": p}) for p in PARAS).encode()
    out = read("-", stdin=io.BytesIO(lines))
    assert [r.name for r in out] == ["stdin#1", "stdin#2", "stdin#3"]
    (bracketed,) = read("-", stdin=io.BytesIO(b"[Wire] " + PARAS[2].encode()))
    assert isinstance(bracketed, RawDoc) and bracketed.fmt == "txt"


def test_globs_and_folders_skip_hidden_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "sub" / "b.md").write_text(PARAS[1], encoding="utf-8")
    (tmp_path / "a.txt").write_text(PARAS[0], encoding="utf-8")
    (tmp_path / ".git" / "c.txt").write_text(PARAS[2], encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    assert [r.name for r in read(tmp_path)] == ["a.txt", "b.md"]
    assert [r.name for r in read(f"{tmp_path}/**/*.md")] == ["b.md"]
    (miss,) = read(f"{tmp_path}/*.rst")
    assert isinstance(miss, Failure) and miss.reason == "no supported file matches this pattern"


def test_default_pipeline_on_small_files(tmp_path: Path) -> None:
    """The whole pipeline, as `tidings ingest` runs it by default, over three small inputs."""
    (tmp_path / "story.html").write_text(page(), encoding="utf-8")
    (tmp_path / "note.txt").write_text(
        "Kazakhstan and Uzbekistan signed an agreement on rail transit in Tashkent on 3 March 2023.\n",
        encoding="utf-8",
    )
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    db = tmp_path / "full.duckdb"
    res = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(db), "-q"])
    assert "Traceback" not in res.output
    assert res.exit_code == 1  # the title-only feed entry fails
    assert "failed wire.rss#3: the feed entry has no text" in res.stderr
    assert set(docs(db)) == {"story.html", "note.txt", "wire.rss#1", "wire.rss#2"}
    with Store(db, read_only=True) as store:
        ran = {r["pipeline"] for r in store.query("SELECT DISTINCT pipeline FROM documents")}
    (ids,) = ran
    assert [i.rsplit(".v", 1)[0] for i in ids.split(",")] == DEFAULT_PIPELINE


@pytest.mark.parametrize("fmt", ["txt", "html", "json", "jsonl", "feed", "warc"])
def test_any_bytes_give_documents_or_input_errors_never_a_crash(fmt: str) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from tidings.errors import InputError
    from tidings.ingest.readers import read_data

    seeds = {
        "html": page().encode(),
        "feed": RSS.encode(),
        "json": b'[{"text": "x"}]',
        "warc": b"WARC/1.0\r\n",
    }
    chunk = st.sampled_from([seeds.get(fmt, b""), b"<p>", b"\x00", b"\xff\xfe", "й".encode(), b"\n", b"{"])

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.one_of(st.binary(max_size=64), chunk), max_size=6))
    def check(parts: list[bytes]) -> None:
        data = b"".join(parts)
        try:
            out = list(read_data(data, fmt, name="in", uri="in"))
        except InputError as e:
            assert e.name.startswith("in") and e.reason
            return
        for r in out:
            if isinstance(r, RawDoc):
                assert r.text.strip() and r.content_hash == content_hash(r.text)
            else:
                assert r.name.startswith("in") and "\n" not in r.reason

    check()


def test_json_paragraph_lists_and_unix_dates(tmp_path: Path) -> None:
    obj = {"text": [PARAS[0], "  ", PARAS[1]], "published_at": 1686729600, "lang": "en"}
    (tmp_path / "p.json").write_text(json.dumps(obj), encoding="utf-8")
    (raw,) = read(tmp_path / "p.json")
    assert isinstance(raw, RawDoc) and raw.text == f"{PARAS[0]}\n\n{PARAS[1]}"
    assert raw.hints == {"published": "2023-06-14", "language": "en"}


def test_atom_entry_with_out_of_line_content_falls_back_to_summary(tmp_path: Path) -> None:
    feed = ATOM.replace(
        '<summary type="text">',
        '<content src="https://notes.example/full" type="text/html"/><summary type="text">',
    )
    (tmp_path / "notes.atom").write_text(feed, encoding="utf-8")
    _, second = read(tmp_path / "notes.atom")
    assert isinstance(second, RawDoc) and second.text == "Customs posts will stay open at night."
