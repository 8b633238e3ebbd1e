#!/usr/bin/env python3
"""Validate the hand-annotated entity mention set in this directory.

Usage: python3 eval/entities/check.py [path/to/stories.jsonl]
(default dataset path: $STORIES_DEV or /work/shared/datasets/stories-dev/stories.jsonl)

Checks: every annotation's `text` equals the dataset text at its UTF-16
code-unit offsets [start, end); spans are non-empty, not padded with
whitespace and do not overlap within a doc; types are valid; entity ids are
lower-case ASCII slugs; lines are sorted by doc then start; every annotated
doc is listed in docs.json and every listed doc exists in the dataset and has
annotations. Prints summary counts. Exit status 1 on any error.
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = (sys.argv[1] if len(sys.argv) > 1 else
           os.environ.get("STORIES_DEV", "/work/shared/datasets/stories-dev/stories.jsonl"))
TYPES = {"person", "organization", "place"}
KEYS = {"doc", "start", "end", "text", "type", "entity"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def utf16_slice(s, start, end):
    b = s.encode("utf-16-le")
    return b[2 * start:2 * end].decode("utf-16-le", errors="strict")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def main():
    errors = []
    texts, langs = {}, {}
    with open(DATASET, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts[r["id"]] = r["text"]
            langs[r["id"]] = r["lang"]
    with open(os.path.join(HERE, "docs.json"), encoding="utf-8") as f:
        docs = json.load(f)
    if len(set(docs)) != len(docs):
        errors.append("docs.json has duplicate ids")
    for d in docs:
        if d not in texts:
            errors.append(f"docs.json: {d} not in dataset")
    anns = []
    with open(os.path.join(HERE, "annotations.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: empty line")
                continue
            a = json.loads(line)
            a["_line"] = n
            anns.append(a)
    prev = None
    by_doc = defaultdict(list)
    for a in anns:
        n = a["_line"]
        if set(a) - {"_line"} != KEYS:
            errors.append(f"line {n}: keys {sorted(set(a) - {'_line'})}")
            continue
        d, s, e = a["doc"], a["start"], a["end"]
        if d not in docs:
            errors.append(f"line {n}: doc {d} not in docs.json")
        if d not in texts:
            errors.append(f"line {n}: doc {d} not in dataset")
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= utf16_len(texts[d])):
            errors.append(f"line {n}: bad offsets {s}-{e}")
            continue
        try:
            got = utf16_slice(texts[d], s, e)
        except UnicodeDecodeError:
            errors.append(f"line {n}: offsets split a surrogate pair")
            continue
        if got != a["text"]:
            errors.append(f"line {n}: text {a['text']!r} != dataset {got!r}")
        if a["text"] != a["text"].strip():
            errors.append(f"line {n}: span has surrounding whitespace")
        if a["type"] not in TYPES:
            errors.append(f"line {n}: bad type {a['type']!r}")
        if not SLUG.match(a["entity"]):
            errors.append(f"line {n}: bad entity id {a['entity']!r}")
        key = (d, s, e)
        if prev is not None and key < prev:
            errors.append(f"line {n}: not sorted by doc, start")
        prev = key
        by_doc[d].append(a)
    for d, lst in by_doc.items():
        lst = sorted(lst, key=lambda a: (a["start"], a["end"]))
        for x, y in zip(lst, lst[1:]):
            if y["start"] < x["end"]:
                errors.append(f"{d}: overlapping spans at lines {x['_line']} and {y['_line']}")
    for d in docs:
        if d not in by_doc:
            errors.append(f"docs.json: {d} has no annotations")

    # summary
    ok = [a for a in anns if a.get("doc") in texts]
    print(f"docs: {len(docs)}  mentions: {len(ok)}")
    dl = Counter(langs[d] for d in docs)
    ml = Counter(langs[a["doc"]] for a in ok)
    for lang in sorted(dl, key=lambda l: -ml[l]):
        t = Counter(a["type"] for a in ok if langs[a["doc"]] == lang)
        print(f"  {lang}: {dl[lang]} docs, {ml[lang]} mentions "
              f"(person {t['person']}, organization {t['organization']}, place {t['place']})")
    tt = Counter(a["type"] for a in ok)
    print("types:", dict(tt))
    ent_langs = defaultdict(set)
    ent_types = defaultdict(set)
    for a in ok:
        ent_langs[a["entity"]].add(langs[a["doc"]])
        ent_types[a["entity"]].add(a["type"])
    multi = [e for e, ls in ent_langs.items() if len(ls) >= 2]
    print(f"distinct entity ids: {len(ent_langs)}  in >=2 languages: {len(multi)}")
    mixed = {e: sorted(t) for e, t in ent_types.items() if len(t) > 1}
    if mixed:
        print("entities typed by use (more than one type):", mixed)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for x in errors:
            print("  " + x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
