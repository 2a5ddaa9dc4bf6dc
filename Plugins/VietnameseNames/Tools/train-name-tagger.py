#!/usr/bin/env python3
"""Trains the name tagger of vi.names (run: make name-tagger; docs/name-tagger.md).

    train-name-tagger.py [--mekong BIN] [--output FILE] [--exclude REGEX] [--folds N --fold K] GOLD_DIR ...

For each gold folder (its articles in ../articles beside it) `mekong names-training-data` writes the labelled
tokens with the features vi.names reads, so that training and tagging share one definition of the features. A
linear-chain CRF (CRFsuite through python-crfsuite, installed into a virtual environment under .build/) is trained
on all of them, and its non-zero weights are written as the tab-separated model vi.names loads:

    transition<TAB>FROM<TAB>TO<TAB>WEIGHT
    state<TAB>FEATURE<TAB>LABEL<TAB>WEIGHT

--exclude leaves out the gold files whose name matches; --folds N --fold K keeps out every N-th article of the first
gold folder from the K-th on, and --list-held-out DIR copies those kept out into DIR. --cross-validate N does the
whole loop: for each of N folds it trains on the rest, runs `mekong eval` on the fold with that model and without
vi.names, and prints the summed figures (docs/name-tagger.md). The default folders are the project's development
gold; never train on the blind set.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = ["examples/corpus/dev/gold", "examples/extra/gold", "examples/extra2/gold"]
# CRFsuite's L-BFGS with elastic-net regularization: the values the experiment that chose this model used.
PARAMETERS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
CRFSUITE = "python-crfsuite==0.9.12"


def python_with_crfsuite():
    """The interpreter of .build/name-tagger-venv, with python-crfsuite installed on first use."""
    env = ROOT / ".build" / "name-tagger-venv"
    python = env / "bin" / "python"
    if python.exists() and subprocess.run([str(python), "-c", "import pycrfsuite"], capture_output=True).returncode == 0:
        return python
    print(f"creating {env} with {CRFSUITE}", file=sys.stderr)
    try:
        venv.create(env, with_pip=True, clear=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", CRFSUITE], check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(env, ignore_errors=True)
        sys.exit(f"could not install {CRFSUITE} into {env} ({error}); check that python3-venv and the network to PyPI "
                 "are available")
    return python


def resolve(path):
    """A folder given on the command line: as given when it exists from here, else from the repository's root."""
    given = Path(path)
    return given if given.is_absolute() or given.exists() else ROOT / given


def unescape(feature):
    """A feature as CRFsuite's data format escapes it ("\\:" and "\\\\"), unescaped."""
    return re.sub(r"\\(.)", r"\1", feature)


def sequences(path):
    """The (features, labels) of each sentence of a training file."""
    items, labels = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if items:
                yield items, labels
            items, labels = [], []
            continue
        fields = line.split("\t")
        labels.append(fields[0])
        items.append([unescape(f) for f in fields[1:]])
    if items:
        yield items, labels


def train(args):
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMETERS)
    count = 0
    for path in args.data:
        for items, labels in sequences(path):
            trainer.append(items, labels)
            count += 1
    print(f"training on {count} sentences", file=sys.stderr)
    with tempfile.TemporaryDirectory() as scratch:
        model = os.path.join(scratch, "model.crfsuite")
        trainer.train(model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        info = tagger.info()
        out = open(args.output, "w", encoding="utf-8")
        out.write("# The name tagger of vi.names: a linear-chain CRF trained by\n")
        out.write("# Plugins/VietnameseNames/Tools/train-name-tagger.py on " + ", ".join(args.gold) + "\n")
        out.write(f"# ({count} sentences; {PARAMETERS}). Regenerate it with make name-tagger; format: docs/name-tagger.md\n")
        for (source, target), weight in sorted(info.transitions.items()):
            out.write(f"transition\t{source}\t{target}\t{weight:.6g}\n")
        for (feature, label), weight in sorted(info.state_features.items()):
            if weight != 0:
                out.write(f"state\t{feature}\t{label}\t{weight:.6g}\n")
        out.close()
        print(f"wrote {args.output}: {len(info.transitions)} transitions, {len(info.state_features)} state weights",
              file=sys.stderr)


def cross_validate(args):
    """Trains and measures each fold; prints the micro-averaged figures of the folds with and without vi.names."""
    first = resolve(args.gold[0])
    totals = {"without vi.names": [0] * 6, "with vi.names": [0] * 6}
    with tempfile.TemporaryDirectory() as scratch:
        for fold in range(args.cross_validate):
            held, model = Path(scratch) / f"held-{fold}", Path(scratch) / f"model-{fold}.tsv"
            common = [sys.executable, __file__, "--mekong", args.mekong, "--folds", str(args.cross_validate),
                      "--fold", str(fold)] + (["--exclude", args.exclude] if args.exclude else [])
            subprocess.run(common + ["--list-held-out", str(held), *args.gold], check=True)
            subprocess.run(common + ["--output", str(model), *args.gold], check=True)
            for name, option in (("without vi.names", ["--disable", "vi.names"]), ("with vi.names", ["--name-model", str(model)])):
                report = json.loads(subprocess.run(
                    [args.mekong, "eval", "--json", "--gold", str(held), "--articles", str(first.parent / "articles"), *option],
                    check=True, capture_output=True, text=True).stdout)
                counts = [report[part][key] for part in ("entities", "relations")
                          for key in ("truePositives", "falsePositives", "falseNegatives")]
                totals[name] = [a + b for a, b in zip(totals[name], counts)]
            print(f"fold {fold + 1}/{args.cross_validate} measured", file=sys.stderr)
    for name, counts in totals.items():
        def score(tp, fp, fn):
            p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} (tp {tp}, fp {fp}, fn {fn})"
        print(f"{name:17} entities {score(*counts[:3])}   relations {score(*counts[3:])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", help="gold folders (default: the development gold)")
    parser.add_argument("--mekong", default=str(ROOT / ".build" / "debug" / "mekong"), help="the mekong binary")
    parser.add_argument("--output", default=str(ROOT / "Plugins" / "VietnameseNames" / "Resources" / "name-tagger.tsv"))
    parser.add_argument("--exclude", help="leave out gold files whose name matches this regular expression")
    parser.add_argument("--folds", type=int, default=0, help="cross-validation: the number of folds")
    parser.add_argument("--fold", type=int, default=0, help="cross-validation: the fold kept out (0-based)")
    parser.add_argument("--list-held-out", metavar="DIR",
                        help="with --folds: copy the kept-out gold files of the first gold folder into DIR and stop")
    parser.add_argument("--cross-validate", type=int, default=0, metavar="N",
                        help="train and measure N folds of the first gold folder; print the figures; write no model")
    parser.add_argument("--data", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.gold = args.gold or DEFAULT_GOLD
    if args.data is not None:
        return train(args)
    if not Path(args.mekong).exists():
        sys.exit(f"{args.mekong} does not exist: build it first (swift build --product mekong) or give --mekong")
    if args.cross_validate:
        return cross_validate(args)
    with tempfile.TemporaryDirectory() as scratch:
        data = []
        for number, gold in enumerate(args.gold):
            gold = resolve(gold)
            if not gold.is_dir():
                sys.exit(f"{gold} is not a folder of gold files")
            files = sorted(p.name for p in gold.glob("*.json"))
            kept = [f for f in files if not (args.exclude and re.search(args.exclude, f))]
            held = []
            if args.folds and number == 0:
                held = kept[args.fold::args.folds]
                kept = [f for f in kept if f not in held]
            if args.list_held_out and number == 0:
                os.makedirs(args.list_held_out, exist_ok=True)
                for f in held:
                    shutil.copy(gold / f, Path(args.list_held_out) / f)
                print(f"{len(held)} gold files copied to {args.list_held_out}", file=sys.stderr)
                return
            selected = Path(scratch) / f"gold-{number}"
            selected.mkdir()
            for f in kept:
                shutil.copy(gold / f, selected / f)
            out = Path(scratch) / f"data-{number}.crfsuite"
            subprocess.run([args.mekong, "names-training-data", "--gold", str(selected),
                            "--articles", str(gold.parent / "articles"), "-o", str(out)], check=True)
            data.append(str(out))
        command = [str(python_with_crfsuite()), __file__, "--output", args.output, "--data", *data, "--", *map(str, args.gold)]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
