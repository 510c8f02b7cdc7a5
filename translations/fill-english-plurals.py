#!/usr/bin/env python3
"""Fills the English plural forms of omnimediatrak_en.ts.

Strings with a count are written once in the sources, as "%n item(s)"; the
English translation file turns them into "%n item" and "%n items". Run after
`cmake --build <dir> --target update_translations` has added new strings;
forms already filled in are kept.
"""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("omnimediatrak_en.ts"))
text = path.read_text(encoding="utf-8")

message = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>',
    re.S)


def fill(match):
    source = match.group("source")
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    indent = "\n            "
    return (match.group(1) + "<translation>" + indent + "<numerusform>" + singular + "</numerusform>" + indent
            + "<numerusform>" + plural + "</numerusform>\n        </translation>")


filled, count = message.subn(fill, text)
path.write_text(filled, encoding="utf-8")
print(f"filled {count} plural message(s) in {path.name}")
