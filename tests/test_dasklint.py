"""The Dask integration (postlint[dask]) on a real two-process distributed.LocalCluster: the same
findings as a serial run, through the collection API and through `postlint check --scheduler`."""

from __future__ import annotations

import io
import json
import os
import shutil

import pytest

from conftest import FIXTURES, modules_loaded_by_cli, run_cli

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from postlint.dasklint import COLUMNS, check_postings, results_on_cluster  # noqa: E402
from postlint.engine import Engine  # noqa: E402
from postlint.engine.config import Config, Settings  # noqa: E402


TODAY = "2026-11-25"
POSTINGS = [
    "# Data Analyst\n\nCompetitive pay. You will be a rockstar ninja.\n\n## Requirements\n\n- 10+ years of Excel\n",
    "# Night Nurse\n\nLocation: Denver, CO (full-time)\n\nPay: $40 - $50 per hour.\n\nApply by March 3, 2026.\n",
    "# Line Cook\n\nPay $2,000 - $1,000 per week. Starts Monday, June 3, 2026.\n\n# Dishwasher\n\nNo pay listed.\n",
    "",  # an empty record: E001, as an empty file
    (FIXTURES / "report" / "two-postings.txt").read_text(encoding="utf-8"),
    (FIXTURES / "posting-research.md").read_text(encoding="utf-8"),
]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as client:
            yield client


def serial_rows(texts, ids, paths):
    engine = Engine(Config(settings=Settings(today=TODAY)))
    rows = []
    for text, record_id, path in zip(texts, ids, paths):
        result = engine.check_text(text, path) if text.strip() else engine.check_bytes(b"", path)
        rows += [(*f.to_dict().values(), record_id) for f in result.findings]
    return rows


def frame_rows(frame: pd.DataFrame) -> list[tuple]:
    frame = frame.astype(object).where(frame.notna(), None)
    return [tuple(row) for row in frame.itertuples(index=False)]


def test_a_bag_of_texts_and_records_gives_the_serial_findings_as_a_json_shaped_frame(client):
    elements = [POSTINGS[0], {"id": "n-1", "text": POSTINGS[1]}, {"id": 7, "path": "cooks.txt", "text": POSTINGS[2]},
                {"text": POSTINGS[3]}, {"id": "two", "text": POSTINGS[4]}, {"text": POSTINGS[5], "path": "r.md"}]
    findings = check_postings(db.from_sequence(elements, npartitions=3), config={"today": TODAY})
    assert tuple(findings.columns) == COLUMNS
    assert str(findings.dtypes["line"]) == "int64" and str(findings.dtypes["posting_index"]) == "Int64"
    got = frame_rows(findings.compute(scheduler=client.get))
    want = serial_rows(POSTINGS, [None, "n-1", "7", None, "two", None],
                       ["<posting>", "#n-1", "cooks.txt", "<posting>", "#two", "r.md"])
    assert got == want
    assert {"PAY001", "PAY006", "DATE004", "E001"} <= {row[0] for row in got}
    assert any(row[0] == "PAY006" and row[5] == "cooks.txt" and row[-1] == "7" for row in got)
    assert any(row[-1] == "two" and row[10] == 2 for row in got)  # the second posting of one record


def test_a_dataframe_uses_its_columns_or_its_index_as_the_id(client):
    frame = pd.DataFrame({"body": POSTINGS, "where": [f"jobs/{i}.md" for i in range(len(POSTINGS))]},
                         index=[f"r{i}" for i in range(len(POSTINGS))])
    findings = check_postings(dd.from_pandas(frame, npartitions=2), config={"today": TODAY},
                              text="body", id=None, path="where")
    got = frame_rows(findings.compute(scheduler=client.get))
    assert got == serial_rows(POSTINGS, list(frame.index), list(frame["where"]))
    assert {row[-1] for row in got} >= {"r0", "r3"}


def test_check_postings_rejects_what_is_not_a_dask_collection_or_lacks_the_text():
    with pytest.raises(TypeError, match="dask Bag or DataFrame"):
        check_postings(POSTINGS)
    frame = dd.from_pandas(pd.DataFrame({"body": POSTINGS}), npartitions=1)
    with pytest.raises(ValueError, match="no column 'text'.*columns: body"):
        check_postings(frame, id=None)


def _corpus(tmp_path):
    folder = tmp_path / "jobs"
    folder.mkdir()
    for i, text in enumerate(POSTINGS):
        (folder / f"p{i}.md").write_text(text, encoding="utf-8")
    shutil.copy(FIXTURES / "report" / "two-postings.txt", folder / "two.txt")
    records = [json.dumps({"id": f"j{i}", "text": POSTINGS[i % 3]}) for i in range(40)]
    records[5] = "not json"
    (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return folder


def test_check_scheduler_prints_what_a_local_run_prints(client, tmp_path):
    folder = _corpus(tmp_path)
    args = ["check", "--today", TODAY, "--format", "json", "--select", "ALL", str(folder)]
    serial = run_cli(*args)
    on_cluster = run_cli(*args, "--scheduler", client.scheduler.address)
    assert on_cluster == serial
    assert serial[0] == 1 and "feed.jsonl:#j39" in serial[1] and "feed.jsonl:#L6" in serial[1]
    assert json.loads(serial[1])["summary"]["files"] == len(POSTINGS) + 2  # the .md files, two.txt, feed.jsonl


def test_check_scheduler_streams_jsonl_from_stdin(client):
    lines = [json.dumps({"id": i, "text": POSTINGS[i % 3]}).encode() + b"\n" for i in range(500)]

    class Feed(io.RawIOBase):
        """Standard input that counts how many lines the reader has taken."""

        taken = 0

        def readable(self):
            return True

        def readline(self, size=-1):
            if self.taken == len(lines):
                return b""
            self.taken += 1
            return lines[self.taken - 1]

    feed = Feed()
    engine = Engine(Config(settings=Settings(today=TODAY)))
    results = results_on_cluster(["-"], lambda name: engine, client, read_stdin=lambda: feed, stdin_jsonl=True,
                                 window=2)
    first = [next(results) for _ in range(3)]
    assert [r.path for _, r in first] == ["-:#0", "-:#1", "-:#2"]
    assert feed.taken < 100  # two batches on the cluster and one being filled, not 500 records
    rest = list(results)
    assert len(first) + len(rest) == 500 and feed.taken == 500
    assert [r.path for _, r in rest[-2:]] == ["-:#498", "-:#499"]


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    (tmp_path / "p.md").write_text(POSTINGS[0], encoding="utf-8")
    env_code = (
        "import os, sys, runpy; os.environ['DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT'] = '1s'; "
        "sys.argv = ['postlint', *sys.argv[1:]]; runpy.run_module('postlint', run_name='__main__')"
    )
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", env_code, "check", "--scheduler", "tcp://127.0.0.1:9", str(tmp_path)],
                          capture_output=True, text=True, timeout=60, env={**os.environ})
    assert proc.returncode == 2
    assert "cannot connect to the Dask scheduler at tcp://127.0.0.1:9" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_jobs_and_scheduler_do_not_combine(tmp_path):
    (tmp_path / "p.md").write_text(POSTINGS[0], encoding="utf-8")
    code, _, err = run_cli("check", "--jobs", "2", "--scheduler", "tcp://127.0.0.1:9", str(tmp_path))
    assert code == 2 and "--jobs and --scheduler cannot be combined" in err


def test_postlint_check_never_loads_dask(tmp_path):
    (tmp_path / "p.md").write_text(POSTINGS[0], encoding="utf-8")
    _, output, modules = modules_loaded_by_cli("check", "--exit-zero", "p.md", "--format", "json",
                                               prefixes=("dask", "distributed", "pandas", "postlint.dasklint"),
                                               cwd=tmp_path)
    assert '"findings"' in output
    assert modules == []
