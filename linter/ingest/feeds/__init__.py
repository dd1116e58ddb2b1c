"""Job-board feeds: the JSON and XML that applicant-tracking systems and job boards serve, read as
postings (Greenhouse, Lever, Ashby, Workable, SmartRecruiters, Recruitee, Personio, USAJOBS,
RemoteOK, Remotive, Arbeitnow, Jobicy, schema.org JobPosting feeds such as Teamtailor's).

Which system a file is comes from its shape: each system's field map (``postlint/data/feeds.toml``,
extended by ``[tool.postlint.feeds]``) says where the records are (``records``) and which keys a
record has (``match``); the first map whose records match wins. Each record becomes a posting by
:func:`postlint.ingest.feeds.mapper.map_record`. A file no map matches is an error naming the keys
it has and the shapes postlint knows: JSON is never linted as prose.

Files up to ``max-file-size`` are parsed whole (the C json module); larger ones are streamed record
by record with ijson (its yajl C backend; JSON) or lxml's iterparse (XML), so memory stays at one
record however large the response.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from ...scan.textscan import package_data

from ..record import Record
from .mapper import Mapped, System, first, map_record, matches, values

_FIELDS = ("key", "title", "organization", "location", "remote", "employment", "posted", "closing", "url",
           "salary_text", "pay", "body")
_TABLE_KEYS = {"name", "example", "records", "match", "job_posting", "merge", *_FIELDS}
_SAMPLE = 5  # records looked at per candidate list when telling the shape
_HEAD_ITEMS = 200  # objects a streamed file's head is searched through for a known record


class FeedError(Exception):
    """The input is not a feed postlint knows (an unknown shape, a bad field map): the run cannot
    check it (exit 2)."""


class FeedUnreadable(FeedError):
    """The input is not valid JSON or XML: reported as E001, as any unreadable file."""


@dataclass
class Detected:
    system: System
    records: str  # the path of the records list ("" for the file itself)


# -- field maps -------------------------------------------------------------------------------------
_builtin: dict[str, dict[str, Any]] | None = None


def builtin_maps() -> dict[str, dict[str, Any]]:
    global _builtin
    if _builtin is None:
        _builtin = tomllib.loads(package_data("postlint", "data/feeds.toml"))
    return _builtin


_systems: dict[str, list[System]] = {}


def systems(user: dict[str, dict[str, Any]] | None = None) -> list[System]:
    """The field maps in detection order: a user's new maps first (their own export is told apart
    before the built-in shapes), then the built-in ones, each extended key by key by the user's map
    of the same name. Built once per configuration (JSON Lines asks for every line)."""
    cache_key = json.dumps(user or {}, sort_keys=True, default=str)
    if cache_key not in _systems:
        _systems[cache_key] = _build_systems(user)
    return _systems[cache_key]


def _build_systems(user: dict[str, dict[str, Any]] | None) -> list[System]:
    builtin = builtin_maps()
    user = user or {}
    tables = [(name, table) for name, table in user.items() if name not in builtin]
    tables += [(name, {**table, **user.get(name, {})}) for name, table in builtin.items()]
    return [system_from_table(name, table) for name, table in tables]


def system_from_table(name: str, table: Any) -> System:
    where = f"feeds.{name}"
    if not isinstance(table, dict):
        raise FeedError(f"{where}: a field map is a table of keys")
    unknown = sorted(set(table) - _TABLE_KEYS)
    if unknown:
        raise FeedError(f"{where}: unknown key {', '.join(map(repr, unknown))} (known: {', '.join(sorted(_TABLE_KEYS))})")
    records = table.get("records", [""])
    records = [records] if isinstance(records, str) else records
    match = table.get("match", [])
    if not (isinstance(records, list) and all(isinstance(r, str) for r in records)):
        raise FeedError(f"{where}.records: a list of paths to the records list (\"\" for the file itself)")
    if not (isinstance(match, list) and match and all(isinstance(m, str) for m in match)):
        raise FeedError(f"{where}.match: a non-empty list of keys every record of this system has")
    if table.get("job_posting") is None and not table.get("title"):
        raise FeedError(f"{where}.title: a list of paths to the posting's title")
    for key in _FIELDS:
        value = table.get(key)
        if value is not None and not isinstance(value, list):
            raise FeedError(f"{where}.{key}: a list (of paths{', or of tables' if key in ('pay', 'body') else ''})")
    merge = table.get("merge")
    return System(id=name, name=str(table.get("name") or name), records=records, match=match,
                  fields={k: table[k] for k in _FIELDS if k in table}, example=str(table.get("example", "")),
                  job_posting=table.get("job_posting"), merge=merge if isinstance(merge, dict) else None)


def find_system(name: str, known: list[System]) -> System:
    for system in known:
        if system.id == name:
            return system
    raise FeedError(f"--format-in {name!r}: no such feed; known: {', '.join(s.id for s in known)}")


# -- telling the shape ----------------------------------------------------------------------------
def detect(data: Any, known: list[System]) -> Detected | None:
    for system in known:
        for path in system.records:
            if any(matches(system, item) for item in _sample(data, path)):
                return Detected(system, path)
    return None


def _sample(data: Any, path: str) -> list[Any]:
    found = [data] if path == "" else values(data, path)
    value = found[0] if found else None
    if isinstance(value, list):
        return value[:_SAMPLE]
    return [value] if isinstance(value, dict) else []


def unknown_shape(name: str, data: Any, known: list[System]) -> str:
    if isinstance(data, dict):
        seen = f"an object with top-level keys {_keys(data)}"
    elif isinstance(data, list):
        objects = [d for d in data[:_SAMPLE] if isinstance(d, dict)]
        seen = f"a list of {len(data)}" + (f" whose first object has keys {_keys(objects[0])}" if objects else "")
    else:
        seen = f"a JSON {type(data).__name__}"
    return shape_message(name, seen, known)


def shape_message(name: str, seen: str, known: list[System]) -> str:
    shapes = ", ".join(f"{s.id} ({s.name})" for s in known)
    return (f"not a job-board feed postlint knows: {seen}. Known shapes: {shapes}. "
            "Name one with --format-in, or describe your export's fields in [tool.postlint.feeds] (see README)")


def _keys(data: dict) -> str:
    names = [str(k) for k in list(data)[:15]]
    return ", ".join(names) + (", ..." if len(data) > 15 else "") if names else "(none)"


# -- records ------------------------------------------------------------------------------------
def records_of(data: Any, name: str, known: list[System], forced: System | None = None,
               max_text: int | None = None) -> tuple[System, Iterator[Record]]:
    """The system of parsed JSON ``data`` and its postings; FeedError when no map matches."""
    if forced is not None:
        found = detect(data, [forced]) or Detected(forced, next(
            (p for p in forced.records if _sample(data, p)), ""))
    else:
        found = detect(data, known)
    if found is None:
        raise FeedError(unknown_shape(name, data, known))
    listed = [data] if found.records == "" else values(data, found.records)
    items = listed[0] if listed else []
    items = items if isinstance(items, list) else [items]
    envelope = data if isinstance(data, dict) else None
    return found.system, _records(found.system, items, envelope, max_text, forced=forced is not None)


def record_of(data: dict, known: list[System], number: int, forced: bool = False) -> Record | None:
    """One JSON Lines record read by the map it matches (``forced``: by the one map given), or None
    when it matches none."""
    for system in known:
        if system.job_posting == "" and not forced:
            continue  # a plain JobPosting record is JSON Lines' own case
        if forced or matches(system, data):
            return next(_records(system, [data], None, None, first_number=number, forced=True, key_prefix="L"), None)
    return None


def _records(system: System, items: Iterable[Any], envelope: dict | None, max_text: int | None,
             first_number: int = 1, forced: bool = False, key_prefix: str = "") -> Iterator[Record]:
    for number, item in enumerate(items, first_number):
        if not isinstance(item, dict):
            yield Record(str(number), problems=[("E001", f"record {number} is a {type(item).__name__}, not a posting object")])
            continue
        if (not forced and not matches(system, item) and system.job_posting is None
                and first(item, system.fields.get("title", [])) is None):
            continue  # an envelope notice among the records (RemoteOK's legal element)
        mapped = map_record(system, item, number, envelope, key_prefix)
        yield _record(mapped, system, max_text)


def _record(mapped: Mapped, system: System, max_text: int | None) -> Record:
    if max_text is not None and len(mapped.text) > max_text:
        return Record(mapped.key, problems=[("E004", f"record {mapped.key}'s text is over the max-file-size of "
                                                     f"{max_text / 1_048_576:.1f} MB; skipped")])
    text = mapped.text.replace("\r\n", "\n").replace("\r", "\n")
    problems = list(mapped.problems)
    if not text.strip():
        problems.append(("E001", "the posting text is empty"))
    return Record(mapped.key, text=text, problems=problems, structured=[mapped.structured(system.id)])


# -- files ----------------------------------------------------------------------------------------
def read_stream(stream: BinaryIO, name: str, known: list[System], forced: System | None, size: int | None,
                max_size: int) -> tuple[System, Iterator[Record]]:
    """A .json feed: parsed whole up to ``max_size`` bytes, streamed with ijson above it."""
    if size is not None and size > max_size and stream.seekable():
        return _stream_json(stream, name, known, forced, max_size)
    data = stream.read(max_size + 1)
    if len(data) > max_size:
        raise FeedUnreadable(f"over the max-file-size of {max_size / 1_048_576:.1f} MB and cannot be streamed")
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FeedUnreadable(f"not UTF-8 JSON: {exc.reason}") from None
    except (ValueError, RecursionError) as exc:
        raise FeedUnreadable(f"not valid JSON: {exc}") from None
    return records_of(parsed, name, known, forced, max_size)


def _stream_json(stream: BinaryIO, name: str, known: list[System], forced: System | None,
                 max_size: int) -> tuple[System, Iterator[Record]]:
    import ijson  # streamed JSON only: a response over max-file-size

    start = stream.tell()
    found, envelope, top = _head(stream, [forced] if forced else known, ijson)
    if found is None:
        seen = f"an object with top-level keys {', '.join(top) or '(none)'}" if top else "no records postlint knows"
        raise FeedError(shape_message(name, seen, known))
    stream.seek(start)
    prefix = f"{found.records}.item" if found.records else "item"

    def items() -> Iterator[Any]:
        try:
            yield from ijson.items(stream, prefix, use_float=True)
        except ijson.JSONError as exc:
            yield JsonBreak(str(exc))

    def records() -> Iterator[Record]:
        number = 0
        for item in items():
            number += 1
            if isinstance(item, JsonBreak):
                yield Record(str(number), problems=[("E001", f"the file stops being valid JSON after record "
                                                             f"{number - 1}: {item.reason}")])
                return
            yield from _records(found.system, [item], envelope, max_size, first_number=number)

    return found.system, records()


@dataclass
class JsonBreak:
    reason: str


def _head(stream: BinaryIO, known: list[System], ijson: Any) -> tuple[Detected | None, dict, list[str]]:
    """The records list of a streamed file, from its first objects: (where, top-level scalars read
    on the way (a Workable envelope's company name), the top-level keys seen)."""
    envelope: dict[str, Any] = {}
    top: list[str] = []
    builder, depth, at, looked = None, 0, "", 0
    try:
        for prefix, event, value in ijson.parse(stream, use_float=True):
            if builder is None:
                if prefix == "" and event == "map_key":
                    top.append(value)
                elif event in ("string", "number", "boolean") and prefix and "." not in prefix:
                    envelope[prefix] = value
                elif event == "start_map" and (prefix == "item" or prefix.endswith(".item")) and prefix.count(".") < 4:
                    builder, depth, at = ijson.ObjectBuilder(), 1, prefix
                    builder.event(event, value)
                continue
            builder.event(event, value)
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
            if depth:
                continue
            item, builder = builder.value, None
            path = at[: -len(".item")] if at.endswith(".item") else ""
            for system in known:
                if path in system.records and matches(system, item):
                    return Detected(system, path), envelope, top
            looked += 1
            if looked >= _HEAD_ITEMS:
                break
    except ijson.JSONError as exc:
        raise FeedUnreadable(f"not valid JSON: {exc}") from None
    if len(known) == 1 and known[0].records:  # --format-in: its first records path
        return Detected(known[0], known[0].records[0]), envelope, top
    return None, envelope, top


def read_xml(stream: BinaryIO, name: str, known: list[System], forced: System | None,
             max_size: int) -> tuple[System, Iterator[Record]]:
    """An XML feed (Personio's): each child of the root element is a record, read as an object
    (child elements as keys; a container of same-named elements as a list), one at a time."""
    from lxml import etree

    start = stream.tell()
    first_record, root_tag = None, None
    try:
        for event, element in etree.iterparse(stream, events=("start", "end"), resolve_entities=False,
                                              no_network=True, remove_comments=True, remove_pis=True):
            if event == "start" and root_tag is None:
                root_tag = element.tag
            elif event == "end" and element.getparent() is not None and element.getparent().getparent() is None:
                first_record = (element.tag, xml_object(element))
                break
    except etree.XMLSyntaxError as exc:
        raise FeedUnreadable(f"not well-formed XML: {exc}") from None
    if first_record is None:
        raise FeedError(shape_message(name, f"an XML document <{root_tag}> without records", known))
    tag, sample = first_record
    found = None
    for system in [forced] if forced else known:
        if forced or (tag in system.records and matches(system, sample)):
            found = system
            break
    if found is None:
        raise FeedError(shape_message(name, f"an XML document <{root_tag}> of <{tag}> elements with "
                                            f"children {_keys(sample)}", known))
    stream.seek(start)

    def records() -> Iterator[Record]:
        number = 0
        try:
            for _, element in etree.iterparse(stream, events=("end",), resolve_entities=False, no_network=True,
                                              remove_comments=True, remove_pis=True):
                parent = element.getparent()
                if parent is None or parent.getparent() is not None:
                    continue
                number += 1
                if element.tag == tag:
                    yield from _records(found, [xml_object(element)], None, max_size, first_number=number)
                element.clear()
                while element.getprevious() is not None:  # keep memory at one record
                    del parent[0]
        except etree.XMLSyntaxError as exc:
            yield Record(str(number + 1), problems=[("E001", f"the XML stops being well-formed: {exc}")])

    return found, records()


def xml_object(element: Any) -> Any:
    children = [c for c in element if isinstance(c.tag, str)]
    if not children:
        return (element.text or "").strip()
    tags = {c.tag for c in children}
    if len(tags) == 1 and len(children) > 1 or (len(tags) == 1 and children[0].tag != element.tag
                                                 and _container(element.tag, children[0].tag)):
        return {children[0].tag: [xml_object(c) for c in children]}
    result: dict[str, Any] = {}
    for child in children:
        value = xml_object(child)
        if child.tag in result:
            previous = result[child.tag]
            result[child.tag] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            result[child.tag] = value
    return result


def _container(parent: str, child: str) -> bool:
    """<jobDescriptions><jobDescription>, <additionalOffices><office>: a plural of its children."""
    parent, child = parent.lower(), child.lower()
    return parent.endswith("s") and (parent.rstrip("s").endswith(child) or parent[:-1] == child)
