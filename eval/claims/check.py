#!/usr/bin/env python3
"""Validate the hand-annotated same-fact sentence set in this directory.

Usage: python3 eval/claims/check.py [path/to/stories.jsonl]
(default dataset path: $STORIES_DEV or /work/shared/datasets/stories-dev/stories.jsonl)

Checks:
  claims.jsonl - keys; doc exists and belongs to the given story; offsets are
  integers inside the text (UTF-16 code units) and do not split a surrogate
  pair; the span is non-empty and not padded with whitespace; text_prefix equals
  the first 30 UTF-16 code units of the span (the whole span if shorter); no
  duplicate (doc, start, end, fact); lines sorted by story, doc, start; two
  different sentences of one doc do not overlap; every fact exists in facts.jsonl
  for the same story.
  facts.jsonl - keys; unique fact ids; valid kind; conflict_with lists existing
  facts of the same story, never itself, and is symmetric; every fact has at
  least one annotated sentence.
Prints counts (stories, docs, languages, sentences, facts, positive / negative
pairs, single- vs multi-source facts). Exit status 1 on any error.
"""
import itertools
import json
import os
import sys
from collections import Counter, defaultdict
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = (sys.argv[1] if len(sys.argv) > 1 else
           os.environ.get("STORIES_DEV", "/work/shared/datasets/stories-dev/stories.jsonl"))
CLAIM_KEYS = {"story", "doc", "start", "end", "fact", "text_prefix"}
FACT_KEYS = {"story", "fact", "description", "kind"}
FACT_OPT = {"conflict_with"}
KINDS = {"number", "date", "place", "event", "quote", "other"}
PREFIX = 30

# Documents that are copies of the same agency text count as ONE source
# (in addition to documents on the same url host).
SYNDICATED = [
    {"d0074", "d0168"},  # same dpa copy (br.de / stern.de), sentences identical
    {"d0068", "d0171"},  # d0171 is a French translation of the Reuters story in d0068
]


def utf16(s):
    return s.encode("utf-16-le")


def utf16_slice(s, start, end):
    return utf16(s)[2 * start:2 * end].decode("utf-16-le", errors="strict")


def main():
    errors = []
    texts, langs, stories, hosts = {}, {}, {}, {}
    with open(DATASET, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts[r["id"]] = r["text"]
            langs[r["id"]] = r["lang"]
            stories[r["id"]] = r["story"]
            hosts[r["id"]] = urlparse(r["url"]).netloc.lower().rstrip(".")

    # source id per doc: url host, merged over syndicated groups
    source = dict(hosts)
    for grp in SYNDICATED:
        name = "+".join(sorted(hosts[d] for d in grp if d in hosts))
        for d in grp:
            if d in source:
                source[d] = name

    # ---- facts
    facts = {}
    with open(os.path.join(HERE, "facts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"facts line {n}: empty line")
                continue
            r = json.loads(line)
            keys = set(r)
            if not (FACT_KEYS <= keys <= FACT_KEYS | FACT_OPT):
                errors.append(f"facts line {n}: keys {sorted(keys)}")
                continue
            if r["fact"] in facts:
                errors.append(f"facts line {n}: duplicate fact {r['fact']}")
            if r["kind"] not in KINDS:
                errors.append(f"facts line {n}: bad kind {r['kind']!r}")
            if r["story"] not in set(stories.values()):
                errors.append(f"facts line {n}: unknown story {r['story']}")
            if not r["description"].strip():
                errors.append(f"facts line {n}: empty description")
            facts[r["fact"]] = r
    for fid, r in facts.items():
        for c in r.get("conflict_with", []):
            if c == fid:
                errors.append(f"fact {fid}: conflicts with itself")
            elif c not in facts:
                errors.append(f"fact {fid}: conflict_with unknown fact {c}")
            elif facts[c]["story"] != r["story"]:
                errors.append(f"fact {fid}: conflict_with fact of another story {c}")
            elif fid not in facts[c].get("conflict_with", []):
                errors.append(f"fact {fid}: conflict with {c} is not symmetric")

    # ---- claims
    claims = []
    with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"claims line {n}: empty line")
                continue
            a = json.loads(line)
            a["_line"] = n
            claims.append(a)
    prev, seen, ok = None, set(), []
    for a in claims:
        n = a["_line"]
        if set(a) - {"_line"} != CLAIM_KEYS:
            errors.append(f"claims line {n}: keys {sorted(set(a) - {'_line'})}")
            continue
        d, s, e = a["doc"], a["start"], a["end"]
        if d not in texts:
            errors.append(f"claims line {n}: doc {d} not in dataset")
            continue
        if stories[d] != a["story"]:
            errors.append(f"claims line {n}: doc {d} belongs to {stories[d]}, not {a['story']}")
        n16 = len(utf16(texts[d])) // 2
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n16):
            errors.append(f"claims line {n}: bad offsets {s}-{e}")
            continue
        try:
            span = utf16_slice(texts[d], s, e)
            pref = utf16_slice(texts[d], s, min(s + PREFIX, e))
        except UnicodeDecodeError:
            errors.append(f"claims line {n}: offsets split a surrogate pair")
            continue
        if span != span.strip():
            errors.append(f"claims line {n}: span has surrounding whitespace")
        if a["text_prefix"] != pref:
            errors.append(f"claims line {n}: text_prefix {a['text_prefix']!r} != dataset {pref!r}")
        if a["fact"] not in facts:
            errors.append(f"claims line {n}: fact {a['fact']} not in facts.jsonl")
        elif facts[a["fact"]]["story"] != a["story"]:
            errors.append(f"claims line {n}: fact {a['fact']} belongs to another story")
        key = (d, s, e, a["fact"])
        if key in seen:
            errors.append(f"claims line {n}: duplicate {key}")
        seen.add(key)
        order = (a["story"], d, s)
        if prev is not None and order < prev:
            errors.append(f"claims line {n}: not sorted by story, doc, start")
        prev = order
        ok.append(a)

    # sentences: unique spans; different spans of one doc must not overlap
    sent_facts = defaultdict(set)
    for a in ok:
        sent_facts[(a["doc"], a["start"], a["end"])].add(a["fact"])
    by_doc = defaultdict(list)
    for k in sent_facts:
        by_doc[k[0]].append(k)
    for d, lst in by_doc.items():
        lst.sort(key=lambda k: (k[1], k[2]))
        for x, y in zip(lst, lst[1:]):
            if y[1] < x[2]:
                errors.append(f"{d}: overlapping sentences {x[1]}-{x[2]} and {y[1]}-{y[2]}")
    used = {a["fact"] for a in ok}
    for fid in facts:
        if fid not in used:
            errors.append(f"fact {fid} has no annotated sentence")

    # ---- counts
    sents = sorted(sent_facts)
    story_of = {k: stories[k[0]] for k in sents}
    docs = sorted({k[0] for k in sents})
    print(f"stories: {len({story_of[k] for k in sents})}  docs: {len(docs)}  "
          f"sentences: {len(sents)}  claim lines: {len(ok)}  facts: {len(facts)}")
    lc = Counter(langs[d] for d in docs)
    ls = Counter(langs[k[0]] for k in sents)
    print("languages:", ", ".join(f"{l} {lc[l]} docs/{ls[l]} sentences" for l in sorted(lc, key=lambda l: -ls[l])))

    def conflicting(fa, fb):
        return any(y in facts.get(x, {}).get("conflict_with", []) for x in fa for y in fb)

    tot = Counter()
    per_story = defaultdict(Counter)
    for a, b in itertools.combinations(sents, 2):
        if story_of[a] != story_of[b] or a[0] == b[0]:
            continue
        st = story_of[a]
        cross = langs[a[0]] != langs[b[0]]
        shared = bool(sent_facts[a] & sent_facts[b])
        kind = "pos" if shared else "neg"
        if conflicting(sent_facts[a], sent_facts[b]):
            for c in (tot, per_story[st]):
                c["conflict"] += 1
                if shared:
                    c["conflict_shared"] += 1
        for c in (tot, per_story[st]):
            c[kind] += 1
            if cross:
                c[kind + "_cross"] += 1
            if source[a[0]] != source[b[0]]:
                c[kind + "_xsrc"] += 1

    fact_src = defaultdict(set)
    fact_lang = defaultdict(set)
    for (d, s, e), fs in sent_facts.items():
        for fid in fs:
            fact_src[fid].add(source[d])
            fact_lang[fid].add(langs[d])

    print("\nper story (pairs are sentence pairs from different documents of the story):")
    print(f"  {'story':34} {'docs':>4} {'langs':>5} {'sent':>4} {'facts':>5} {'1src':>4} "
          f"{'pos':>4} {'pos-xl':>6} {'neg':>5} {'neg-xl':>6} {'confl':>5}")
    for st in sorted(set(story_of.values())):
        ss = [k for k in sents if story_of[k] == st]
        ds = {k[0] for k in ss}
        fs = [f for f in facts if facts[f]["story"] == st]
        c = per_story[st]
        print(f"  {st:34} {len(ds):>4} {len({langs[d] for d in ds}):>5} {len(ss):>4} {len(fs):>5} "
              f"{sum(len(fact_src[f]) == 1 for f in fs):>4} {c['pos']:>4} {c['pos_cross']:>6} "
              f"{c['neg']:>5} {c['neg_cross']:>6} {c['conflict']:>5}")
    print(f"\npositive pairs (different docs, >=1 shared fact): {tot['pos']}  "
          f"cross-lingual: {tot['pos_cross']}  different sources: {tot['pos_xsrc']}")
    print(f"negative pairs (different docs of the same story, no shared fact): {tot['neg']}  "
          f"cross-lingual: {tot['neg_cross']}")
    print(f"conflict pairs (different docs, a fact of one is in conflict_with of a fact of the other): "
          f"{tot['conflict']}  (of which also sharing another fact, hence positive: {tot['conflict_shared']})")
    single = [f for f in facts if len(fact_src[f]) == 1]
    multi = [f for f in facts if len(fact_src[f]) >= 2]
    print(f"facts: {len(facts)}  single-source: {len(single)}  >=2 sources: {len(multi)}  "
          f">=2 languages: {sum(len(fact_lang[f]) >= 2 for f in facts)}  "
          f"in a conflict group: {sum(bool(facts[f].get('conflict_with')) for f in facts)}")
    print("kinds:", dict(Counter(facts[f]["kind"] for f in facts)))
    multi_fact_sents = sum(len(v) > 1 for v in sent_facts.values())
    print(f"sentences stating more than one annotated fact: {multi_fact_sents}")

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for x in errors:
            print("  " + x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
