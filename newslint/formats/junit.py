"""``junit``: JUnit XML, one test case per input, a failure per finding (CI test-report views)."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from newslint.diagnostic import Diagnostic
from newslint.formats import Report, escape_match

# Characters XML 1.0 cannot carry, even escaped.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write(report: Report) -> None:
    by_path: dict[str, list[Diagnostic]] = {path: [] for path in report.files_checked}
    for d in report.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    failed = sum(1 for found in by_path.values() if found)
    counts = {"tests": str(len(by_path)), "failures": str(failed), "errors": "0"}
    root = ET.Element("testsuites", name="newslint", **counts)
    suite = ET.SubElement(root, "testsuite", name="newslint", skipped="0", **counts)
    for path, found in by_path.items():
        case = ET.SubElement(suite, "testcase", name=_xml_text(path), classname="newslint", file=_xml_text(path))
        for d in found:
            failure = ET.SubElement(case, "failure", type=d.code,
                                    message=_xml_text(f"{d.code} {d.name}: {d.message}"))
            failure.text = _xml_text(f"{d.path}:{d.line}:{d.column}: {d.code} {d.name} {d.message}")
    ET.indent(root)
    report.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")


def _xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids shown as ``<U+XXXX>``."""
    return _XML_FORBIDDEN.sub(escape_match, text)
