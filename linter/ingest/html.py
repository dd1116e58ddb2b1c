"""HTML pages -> posting text, through lxml's HTML parser, plus the page's structured data.

Why lxml (measured on the career pages of the corpus, 4 pages of 0.2-0.4 MB): selectolax (Lexbor)
parses them in 4-20 ms and lxml in 11-28 ms, but Lexbor's nodes carry no source position, and a
finding must point at the line of the HTML file it came from; lxml gives every element its
``sourceline`` (libxml2 2.14's tokenizer follows HTML5). Why chrome is dropped by element rather than
by a boilerplate remover (trafilatura, justext): those return text with no source positions either,
and on the corpus pages they kept search-box and form text or dropped the posting's own headline
(see the commit that added this module).

The text keeps each block on its source line where it can: blank lines are inserted so that a block
starting on line N of the HTML starts on line N of the text; when blocks share a source line (a
minified page, ``<li>a</li><li>b</li>``) the text runs ahead and re-aligns at the next block that
starts on a later line. Headings become ``#`` lines, list items ``- `` lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

# Elements that are never the posting: page chrome, code, forms, embedded media.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "nav", "aside", "form", "button", "select",
    "option", "textarea", "input", "label", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
    "dialog", "menu",
})
# header and footer are the page's chrome, except inside an article or main (a posting's own header).
_PAGE_CHROME = frozenset({"header", "footer"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                           "alertdialog", "menu", "menubar", "button", "toolbar", "tablist"})
# Cookie and consent banners, by the id or class their scripts give them.
_BANNER = re.compile(r"cookie|consent|gdpr|onetrust|cookiebot|usercentrics|truste|privacy-banner|cc-window|cc-banner",
                     re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCKS = frozenset({
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
    "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "blockquote", "pre", "hr", "header", "footer",
    "address", "figure", "figcaption", "details", "summary", "body", "center",
})
# Link lists are judged by link density, as boilerplate removers do (justext, trafilatura).
_LINK_LISTS = frozenset({"ul", "ol", "section", "table", "dl"})
_MIN_LINKS = 3
_LINK_SHARE = 0.6
_SKIP_LINK = re.compile(r"\s*skip to\b", re.I)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_SPACES = re.compile(r"\s+")
_JOB_POSTING_TYPES = ("JobPosting",)
_MICRODATA_URL_PROPS = {"a": "href", "link": "href", "img": "src", "time": "datetime", "meta": "content",
                        "data": "value", "meter": "value", "object": "data", "source": "src"}


@dataclass
class Embedded:
    """A schema.org object found in a page: the JSON-ready data, how it was marked up, its line."""

    data: Any
    origin: str  # "json-ld" | "microdata"
    line: int


@dataclass
class Page:
    text: str
    embedded: list[Embedded] = field(default_factory=list)
    site_name: str | None = None
    problems: list[tuple[str, str]] = field(default_factory=list)


def _parse(text: str):
    """The lxml document of ``text``, or None when it holds no element at all."""
    import lxml.html  # imported here: only a run that reads HTML pays for it

    # lxml refuses str input with an XML encoding declaration; bytes with an explicit encoding are
    # read the same way whatever the page declares.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except Exception:  # noqa: BLE001 - lxml.etree.ParserError on a page with no element
        return None


def read_page(text: str) -> Page:
    """The main content of an HTML page as text, its JSON-LD and microdata, its og:site_name."""
    doc = _parse(text)
    if doc is None:
        return Page(text="")
    embedded = _json_ld(doc) + _microdata(doc)
    site_name = None
    for meta in doc.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:site_name":
            site_name = " ".join((meta.get("content") or "").split()) or None
            break
    return Page(text=_Text(keep_lines=True).render(doc), embedded=embedded, site_name=site_name)


def fragment_to_text(html: str) -> str:
    """An HTML fragment (a JSON field's description) as text: blocks, headings and items kept."""
    doc = _parse(html)
    if doc is None:
        return html
    return _Text(keep_lines=True).render(doc)


def _is_chrome(element, inside_content: bool) -> bool:
    tag = element.tag
    if tag in _DROP_TAGS or (tag in _PAGE_CHROME and not inside_content):
        return True
    get = element.get
    if get("hidden") is not None or (get("aria-hidden") or "").lower() == "true":
        return True
    if (get("role") or "").lower() in _CHROME_ROLES:
        return True
    if tag == "input" or (get("type") or "").lower() == "hidden":
        return True
    style = get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if tag == "a" and (get("href") or "").startswith("#") and _SKIP_LINK.match(element.text_content()):
        return True
    marks = (get("id") or "") + " " + (get("class") or "")
    if marks.strip() and _BANNER.search(marks) is not None and tag not in ("body", "html", "main"):
        return True
    return tag in _LINK_LISTS and _mostly_links(element)


def _mostly_links(element) -> bool:
    """A list or section made of links ("Similar jobs", "People also viewed", site maps): at least
    _MIN_LINKS links carrying most of its text, or a list each of whose items is a link (job cards).
    A posting's own lists are sentences, not links."""
    if element.tag in ("ul", "ol"):
        items = [li for li in element if li.tag == "li"]
        if len(items) >= _MIN_LINKS and all(li.find(".//a[@href]") is not None for li in items):
            return True
    links = [a for a in element.iter("a")]
    if len(links) < _MIN_LINKS:
        return False
    total = len("".join(element.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in links)
    return total > 0 and linked / total >= _LINK_SHARE


class _Text:
    """Walks the document tree and writes Markdown-like lines (see the module docstring)."""

    def __init__(self, keep_lines: bool) -> None:
        self.keep_lines = keep_lines
        self.lines = [""]
        self.line = 1  # the source line the walk is at

    def render(self, doc) -> str:
        body = doc.find("body")
        self._walk(body if body is not None else doc, inside_content=False)
        return "\n".join(line.rstrip() for line in self.lines).strip("\n") if not self.keep_lines else \
            "\n".join(line.rstrip() for line in self.lines)

    def _break(self, target: int | None = None) -> None:
        current = self.lines[-1].strip()
        if current and current.strip("#-"):
            self.lines.append("")
        elif current:  # a heading or item marker with no text after it: no line at all
            self.lines[-1] = ""
        if self.keep_lines and target is not None:
            while len(self.lines) < target:
                self.lines.append("")

    def _text(self, data: str | None) -> None:
        if not data:
            return
        parts = data.split("\n")
        for index, part in enumerate(parts):
            if index:
                self.line += 1
                if self.keep_lines:
                    self._break(self.line)
            current = self.lines[-1]
            if current.strip():
                self.lines[-1] = current + _SPACES.sub(" ", part)
            else:
                self.lines[-1] = current + _SPACES.sub(" ", part).lstrip()

    def _walk(self, root, inside_content: bool) -> None:
        """Depth-first over ``root``'s children with an explicit stack: pages nest deeper than
        Python's recursion limit."""
        # Each entry: (element, inside_content, entering); leaving an element writes its block end
        # and its tail.
        stack = [(child, inside_content, True) for child in reversed(root)]
        while stack:
            child, inside, entering = stack.pop()
            tag = child.tag
            if not entering:
                if tag.lower() in _BLOCKS:
                    self._break()
                self._text(child.tail)
                continue
            if not isinstance(tag, str):  # a comment or processing instruction left in the tree
                self._text(child.tail)
                continue
            tag = tag.lower()
            if child.sourceline:
                self.line = max(self.line, child.sourceline)
            if _is_chrome(child, inside):
                # The element's own lines are skipped; its tail continues the text.
                self.line = max(self.line, _last_line(child))
                self._text(child.tail)
                continue
            if tag in _BLOCKS:
                self._break(self.line)
                level = _HEADINGS.get(tag)
                if level:
                    self.lines[-1] = "#" * level + " "
                elif tag == "li":
                    self.lines[-1] = "- "
            self._text(child.text)
            inner = inside or tag in ("article", "main") or (child.get("role") or "") == "main"
            stack.append((child, inside, False))
            stack.extend((grandchild, inner, True) for grandchild in reversed(child))


def _last_line(element) -> int:
    """The source line of the last element inside ``element`` (where its end tag about is)."""
    line = element.sourceline or 0
    for descendant in element.iterdescendants():
        if descendant.sourceline and descendant.sourceline > line:
            line = descendant.sourceline
    return line


def _json_ld(doc) -> list[Embedded]:
    found = []
    for script in doc.iter("script"):
        if (script.get("type") or "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            # Pages often end a block with a stray comma or hold HTML entities: one lenient retry.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except (ValueError, RecursionError):
                found.append(Embedded(data=None, origin="json-ld", line=script.sourceline or 1))
                continue
        found.append(Embedded(data=data, origin="json-ld", line=script.sourceline or 1))
    return found


def _microdata(doc) -> list[Embedded]:
    """Microdata items whose itemtype is a schema.org JobPosting, as JSON-LD-shaped dicts."""
    found = []
    for element in doc.iter():
        if not isinstance(element.tag, str) or element.get("itemscope") is None:
            continue
        types = (element.get("itemtype") or "").split()
        if any(t.rstrip("/").rsplit("/", 1)[-1] in _JOB_POSTING_TYPES for t in types):
            found.append(Embedded(data=_item(element, 0), origin="microdata", line=element.sourceline or 1))
    return found


def _item(element, depth: int) -> dict[str, Any]:
    types = (element.get("itemtype") or "").split()
    item: dict[str, Any] = {"@type": types[0].rstrip("/").rsplit("/", 1)[-1] if types else "Thing"}
    if depth > 8:
        return item

    def visit(parent) -> None:
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            prop = child.get("itemprop")
            nested = child.get("itemscope") is not None
            if prop:
                value: Any = _item(child, depth + 1) if nested else _microdata_value(child)
                for name in prop.split():
                    if name in item:
                        previous = item[name]
                        item[name] = (previous if isinstance(previous, list) else [previous]) + [value]
                    else:
                        item[name] = value
            if not nested:
                visit(child)

    visit(element)
    return item


def _microdata_value(element) -> str:
    if element.get("content") is not None:
        return element.get("content")
    attribute = _MICRODATA_URL_PROPS.get(element.tag)
    if attribute and element.get(attribute) is not None:
        return element.get(attribute)
    if element.get("itemprop") == "description":
        import lxml.html

        return lxml.html.tostring(element, encoding="unicode")
    return " ".join(element.text_content().split())
