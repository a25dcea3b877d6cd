"""``junit``: JUnit XML, one test case per input, a failure per finding (CI test-report views).

The failures are kept aside in a :class:`~newslint.formats.spool.Spool` as they
arrive (the header counts the inputs, which only the end of the run knows), so a
large run does not hold its findings.
"""

from __future__ import annotations

import re
from typing import Sequence
from xml.etree import ElementTree as ET

from newslint.diagnostic import Diagnostic
from newslint.formats import Report, escape_match
from newslint.formats.spool import Spool

# Characters XML 1.0 cannot carry, even escaped.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CASE, _FAILURE = "\n    ", "\n      "  # where a test case and a failure start, as ET.indent lays them out
_MARK = "\x1f"  # the place of a test case's failures in its serialised element (XML text cannot hold it)


def start(report: Report) -> None:
    report.state = Spool()


def add(report: Report, diagnostics: Sequence[Diagnostic]) -> None:
    spool: Spool = report.state
    for d in diagnostics:
        failure = ET.Element("failure", type=d.code, message=_xml_text(f"{d.code} {d.name}: {d.message}"))
        failure.text = _xml_text(f"{d.path}:{d.line}:{d.column}: {d.code} {d.name} {d.message}")
        spool.add(d.path, _FAILURE + ET.tostring(failure, encoding="unicode"))


def finish(report: Report) -> None:
    spool: Spool = report.state
    paths = dict.fromkeys(report.files_checked)
    paths.update(dict.fromkeys(spool.keys()))  # a finding's path that was not checked as a file (kept, as before)
    failed = sum(1 for path in paths if path in spool)
    counts = {"tests": str(len(paths)), "failures": str(failed), "errors": "0"}
    suite = ET.Element("testsuite", name="newslint", skipped="0", **counts)
    if paths:
        suite.text = _MARK
    suite_head, _, suite_tail = ET.tostring(suite, encoding="unicode").partition(_MARK)
    write = report.stream.write
    write('<?xml version="1.0" encoding="UTF-8"?>\n'
          + ET.tostring(ET.Element("testsuites", name="newslint", **counts), encoding="unicode").replace(" />", ">")
          + "\n  " + suite_head)
    for path in paths:
        case = ET.Element("testcase", name=_xml_text(path), classname="newslint", file=_xml_text(path))
        if path not in spool:
            write(_CASE + ET.tostring(case, encoding="unicode"))
            continue
        case.text = _MARK
        case_head, _, case_tail = ET.tostring(case, encoding="unicode").partition(_MARK)
        write(_CASE + case_head)
        for chunk in spool.chunks(path):
            write(chunk)
        write(_CASE + case_tail)
    write(("\n  " if paths else "") + suite_tail + "\n</testsuites>\n")
    spool.close()


def _xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids shown as ``<U+XXXX>``."""
    return _XML_FORBIDDEN.sub(escape_match, text)
