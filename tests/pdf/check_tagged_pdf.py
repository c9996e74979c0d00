#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
"""Checks that a PDF is tagged for accessibility (issue 32): no PDF/UA validator is packaged in
Debian, so the parts a checker such as PAC looks at first are read here with pikepdf.

usage: check_tagged_pdf.py FILE.pdf TITLE-SUBSTRING [EXPECTED-HEADINGS-FILE]

Exits 0 when: a StructTreeRoot and MarkInfo /Marked true; /Lang en-GB; an Info /Title that
contains TITLE-SUBSTRING and /ViewerPreferences /DisplayDocTitle true; headings H1, H2 … never
skipping a level downwards; every Table with TH cells and every TH with a /Scope; every Figure
with a non-empty /Alt; an outline (bookmarks) whose titles are the headings' texts in order.
Prints one line per failure and a summary line."""
import sys

import pikepdf

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def attributes(node):
    """The attribute dictionaries of a structure element (/A is a dictionary or an array)."""
    a = node.get("/A")
    if a is None:
        return []
    if isinstance(a, pikepdf.Dictionary):
        return [a]
    return [x for x in a if isinstance(x, pikepdf.Dictionary)]


def kids(node):
    k = node.get("/K")
    if k is None:
        return []
    if isinstance(k, pikepdf.Array):
        return [x for x in k if isinstance(x, pikepdf.Dictionary) and "/S" in x]
    if isinstance(k, pikepdf.Dictionary) and "/S" in k:
        return [k]
    return []


def main():
    path, title = sys.argv[1], sys.argv[2]
    pdf = pikepdf.open(path)
    root = pdf.Root
    if "/StructTreeRoot" not in root:
        fail("no StructTreeRoot: the PDF is not tagged")
        print("%d failures" % len(failures))
        return 1
    mark = root.get("/MarkInfo")
    if mark is None or not bool(mark.get("/Marked", False)):
        fail("MarkInfo /Marked is not true")
    if str(root.get("/Lang", "")) != "en-GB":
        fail("catalog /Lang is %r, not en-GB" % str(root.get("/Lang", "")))
    info_title = str(pdf.docinfo.get("/Title", ""))
    if title not in info_title:
        fail("Info /Title %r does not contain %r" % (info_title, title))
    prefs = root.get("/ViewerPreferences")
    if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
        fail("ViewerPreferences /DisplayDocTitle is not true: the window would show the file name")

    counts = {"tables": 0, "th": 0, "figures": 0, "headings": 0}
    headings = []
    level = [0]

    def walk(node):
        s = str(node.get("/S"))
        if s in ("/H1", "/H2", "/H3", "/H4", "/H5", "/H6"):
            n = int(s[2])
            counts["headings"] += 1
            if n > level[0] + 1:
                fail("heading %s follows H%d: a level is skipped" % (s, level[0]))
            level[0] = n
            headings.append(n)
        elif s == "/Table":
            counts["tables"] += 1
            ths = []

            def collect(n):
                for k in kids(n):
                    if str(k.get("/S")) == "/TH":
                        ths.append(k)
                    elif str(k.get("/S")) != "/Table":
                        collect(k)
            collect(node)
            if not ths:
                fail("a Table without TH cells")
            for th in ths:
                counts["th"] += 1
                if not any("/Scope" in a for a in attributes(th)):
                    fail("a TH without /Scope")
        elif s == "/Figure":
            counts["figures"] += 1
            alt = str(node.get("/Alt", "")).strip()
            if not alt:
                fail("a Figure without /Alt (figure %d)" % counts["figures"])
        for k in kids(node):
            walk(k)

    for k in kids(root.StructTreeRoot):
        walk(k)
    if not headings or headings[0] != 1:
        fail("the first heading is not H1")

    outline = []
    with pdf.open_outline() as o:
        def titles(items):
            for item in items:
                outline.append(item.title)
                titles(item.children)
        titles(o.root)
    if not outline:
        fail("no outline (bookmarks)")
    elif len(outline) != counts["headings"]:
        fail("%d bookmarks for %d headings" % (len(outline), counts["headings"]))
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as f:
            expected = [line.rstrip("\n") for line in f if line.strip()]
        if [t.strip() for t in outline] != [t.strip() for t in expected]:
            fail("bookmarks differ from the HTML's headings:\n  pdf:  %r\n  html: %r" % (outline[:8], expected[:8]))
    print("%s: %d headings, %d bookmarks, %d tables, %d header cells, %d figures; %d failures"
          % (path, counts["headings"], len(outline), counts["tables"], counts["th"], counts["figures"], len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
