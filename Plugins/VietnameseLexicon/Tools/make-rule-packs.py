#!/usr/bin/env python3
"""Writes the gazetteer rule packs of Plugins/RulePacks from the lexicon's resources, their one source of truth.

    python3 Plugins/VietnameseLexicon/Tools/make-rule-packs.py           # rewrite the packs
    python3 Plugins/VietnameseLexicon/Tools/make-rule-packs.py --check   # exit 1 if a pack differs (make test)

The packs are what a user copies to start a pack of their own; the built-in extractors read the lexicon itself.
"""
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
RES = os.path.join(ROOT, "Plugins", "VietnameseLexicon", "Resources")
PACKS = os.path.join(ROOT, "Plugins", "RulePacks")


def rows(name):
    with open(os.path.join(RES, name), encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield [cell.strip() for cell in line.split("\t")]


def flow(items):
    return "[" + ", ".join(items) + "]"


def entry(name, aliases):
    if not aliases:
        return f"      - {name}\n"
    return f"      - name: {name}\n        aliases: {flow(aliases)}\n"


def provinces():
    out = [
        "# Vietnamese provinces and centrally governed cities, as places.\n",
        "#\n",
        "# Generated from Plugins/VietnameseLexicon/Resources/places.tsv (the rows of kind \"province\") by\n",
        "# Plugins/VietnameseLexicon/Tools/make-rule-packs.py (`make lexicon`); edit the lexicon, not this file.\n",
        "# The canonical name is the name without its unit word (\"An Giang\"), except Thành phố Hồ Chí Minh, whose\n",
        "# unit word belongs to the name (bare \"Hồ Chí Minh\" is left out: it is the person, or part of a name such as\n",
        "# \"Học viện Chính trị quốc gia Hồ Chí Minh\"). Aliases: the official full name (\"Tỉnh An Giang\") and the same\n",
        "# with a lower-case unit word (\"tỉnh An Giang\"). Names match case-sensitively (\"Hòa Bình\" the province, not\n",
        "# \"hòa bình\" peace), and not inside an organization found by an earlier extractor (\"An Giang\" in \"Tỉnh ủy An\n",
        "# Giang\" is part of that name). Add your own entries below, or copy this file and change its id.\n",
        "id: vi.rules.provinces\n",
        "version: 1.0.0\n",
        "summary: Vietnamese provinces and centrally governed cities (gazetteer)\n",
        "gazetteers:\n",
        "  - type: place\n",
        "    case_sensitive: true\n",
        "    skip_inside: [organization]\n",
        "    entries:\n",
    ]
    seen = set()
    for row in rows("places.tsv"):
        if len(row) < 3 or row[1] != "province" or row[0] in seen:
            continue
        seen.add(row[0])
        name, full = row[0], row[2]
        if name == "Hồ Chí Minh":
            out.append(entry("Thành phố Hồ Chí Minh",
                             ["thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM", "TPHCM", "TP HCM"]))
            continue
        unit = full[: len(full) - len(name)].strip()
        out.append(entry(name, [full, unit.lower() + " " + name]))
    return "".join(out)


def central_bodies():
    out = [
        "# Central bodies of the Party and the State, academies, national media and international bodies, as\n",
        "# organizations.\n",
        "#\n",
        "# Generated from Plugins/VietnameseLexicon/Resources/organizations.tsv (canonical name and aliases) by\n",
        "# Plugins/VietnameseLexicon/Tools/make-rule-packs.py (`make lexicon`); edit the lexicon, not this file.\n",
        "# These are the names a grammar cannot delimit (they end in a person's or a place's name, or have no head\n",
        "# noun). Names match case-sensitively; spelling variants are listed as aliases.\n",
        "# Add your own entries below, or copy this file and change its id.\n",
        "id: vi.rules.central-bodies\n",
        "version: 1.0.0\n",
        "summary: Central Party and State bodies, academies, national media and international bodies (gazetteer)\n",
        "gazetteers:\n",
        "  - type: organization\n",
        "    case_sensitive: true\n",
        "    entries:\n",
    ]
    for row in rows("organizations.tsv"):
        aliases = [a for a in (row[1].split("|") if len(row) > 1 and row[1] else []) if a]
        out.append(entry(row[0], aliases))
    return "".join(out)


def titles():
    out = [
        "# Titles (chức danh) as positions of their own.\n",
        "#\n",
        "# Generated from Plugins/VietnameseLexicon/Resources/titles.txt by\n",
        "# Plugins/VietnameseLexicon/Tools/make-rule-packs.py (`make lexicon`); edit the lexicon, not this file.\n",
        "# Spellings that differ only in capitalization are one entry (\"Trưởng ban\", alias \"Trưởng Ban\"). Names match\n",
        "# case-sensitively, so that common words (\"thành viên\", \"trưởng\") are not taken for titles. The longest\n",
        "# title wins (\"Phó\" and \"Thường trực\" are not part of these names). Add your own entries below, or copy this\n",
        "# file and change its id.\n",
        "id: vi.rules.titles\n",
        "version: 1.0.0\n",
        "summary: Titles (chức danh) as positions (gazetteer)\n",
        "gazetteers:\n",
        "  - type: position\n",
        "    case_sensitive: true\n",
        "    entries:\n",
    ]
    groups = {}
    order = []
    for row in rows("titles.txt"):
        key = row[0].lower()
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(row[0])
    for key in order:
        names = groups[key]
        out.append(entry(names[0], names[1:]))
    return "".join(out)


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for file, text in [("vi-provinces.yaml", provinces()), ("vi-central-bodies.yaml", central_bodies()),
                       ("vi-titles.yaml", titles())]:
        path = os.path.join(PACKS, file)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current == text:
            continue
        if check:
            stale.append(file)
        else:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            print(f"wrote {os.path.relpath(path, ROOT)}")
    if stale:
        print("Plugins/RulePacks is out of step with the lexicon: " + ", ".join(stale)
              + ". Run `make lexicon` (or python3 Plugins/VietnameseLexicon/Tools/make-rule-packs.py) and commit.")
        sys.exit(1)


if __name__ == "__main__":
    main()
