#!/usr/bin/env python3
"""A deliberately unreliable Mekong plugin, for the tests of MekongExternal.

It behaves well unless the article's text contains a trigger word:

    CRASH       writes a last word to stderr and exits with status 3
    HANG        never answers (sleeps)
    GARBAGE     answers a line that is not JSON
    OUTSIDE     answers a mention whose span lies outside the text
    REFUSE      answers {"error": ...}
    UNDECLARED  answers a mention of a type its manifest does not produce
    STRAY       answers, then writes a second line nobody asked for
    FLOOD       writes 2 MB to stderr and a 2 MB attribute on stdout before answering

When it behaves, it answers one `test.marker` mention over the text's first word, with attributes
`pid` (its process id), `served` (how many articles this process has served) and `greeting`
(the config's "greeting", to show the handshake's config arrives).

Arguments: `--protocol N` answers the handshake with protocol N; `--exit-at-start` exits with
status 2 before the handshake; `--silent-start` reads the handshake and never answers.
"""

import json
import os
import sys
import time


def send(message):
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main():
    sys.stdin.reconfigure(encoding="utf-8")
    sys.stdout.reconfigure(encoding="utf-8")
    arguments = sys.argv[1:]
    if "--exit-at-start" in arguments:
        print("faulty: cannot start, exiting on purpose", file=sys.stderr, flush=True)
        return 2
    protocol = 1
    if "--protocol" in arguments:
        protocol = int(arguments[arguments.index("--protocol") + 1])
    handshake = json.loads(sys.stdin.readline())
    if "--silent-start" in arguments:
        time.sleep(3600)
    config = handshake.get("config") or {}
    send({"type": "ready", "protocol": protocol})

    served = 0
    for line in sys.stdin:
        request = json.loads(line)
        text = request["text"]
        served += 1
        if "CRASH" in text:
            print("faulty: crashing on purpose", file=sys.stderr, flush=True)
            os._exit(3)
        if "HANG" in text:
            print("faulty: hanging on purpose", file=sys.stderr, flush=True)
            time.sleep(3600)
        if "GARBAGE" in text:
            sys.stdout.write("this is not json\n")
            sys.stdout.flush()
            continue
        if "OUTSIDE" in text:
            send({"mentions": [{"type": "test.marker", "start": len(text) + 5, "end": len(text) + 9}]})
            continue
        if "REFUSE" in text:
            send({"error": "cannot handle this article"})
            continue
        if "UNDECLARED" in text:
            send({"mentions": [{"type": "person", "start": 0, "end": 1}]})
            continue
        attributes = {"pid": str(os.getpid()), "served": str(served), "greeting": str(config.get("greeting"))}
        if "FLOOD" in text:
            sys.stderr.write(("faulty: flooding stderr " + "x" * 100 + "\n") * 20000)
            sys.stderr.flush()
            attributes["padding"] = "y" * 2_000_000
        first_word_end = len(text.split()[0]) if text.split() else 1
        start = len(text) - len(text.lstrip())
        send({"mentions": [{"type": "test.marker", "start": start, "end": start + first_word_end,
                            "attributes": attributes}]})
        if "STRAY" in text:
            send({"mentions": []})
    return 0


if __name__ == "__main__":
    sys.exit(main())
