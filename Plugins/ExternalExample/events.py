#!/usr/bin/env python3
"""An external Mekong plugin: conferences and congresses, and who organizes them.

It finds events named "Hội nghị …" (a conference) or "Đại hội …" (a congress) and, when an
organization found by an earlier extractor holds one ("Tỉnh ủy An Giang tổ chức Hội nghị …",
"Đại hội … do Ban Chấp hành Trung ương tổ chức"), relates them with `example.organizes`:

    Tỉnh ủy An Giang  --example.organizes-->  Hội nghị sơ kết công tác 6 tháng đầu năm 2021

Python 3 standard library only. Run it through Mekong with its manifest, `mekong-plugin.json`.

The protocol (JSON Lines: one JSON object per line, on standard input and standard output)
---------------------------------------------------------------------------------------------
1. Mekong writes a handshake, `{"type":"handshake","protocol":1,"config":{...}}`, where `config` is
   the manifest's "config". The plugin answers `{"type":"ready","protocol":1}`.
2. For each article Mekong writes one request, `{"type":"extract","article":{...},"text":"...",
   "paragraphs":[...],"sentences":[...],"mentions":[...],"relations":[...]}`, and the plugin
   answers one line, `{"mentions":[...],"relations":[...]}` or `{"error":"..."}`.
3. When Mekong closes standard input, the plugin exits.

Spans count Unicode code points of `text` (exactly what Python's str indexes), `end` exclusive.
A relation refers to a mention of the request as "existing:N" (N is the mention's "id") and to a
mention of its own response as "new:N" (its index in the response's "mentions").

Standard output carries protocol lines only: log to standard error, which Mekong quotes when the
plugin fails. A plugin that crashes, hangs past "timeout_seconds" or writes something that is not a
response is killed and restarted for the next article, so a bug costs one article, not the run.
"""

import json
import sys
import unicodedata

PROTOCOL = 1

# Words that end an event's name: they start what the sentence says about the event
# ("... do Bộ Y tế tổ chức", "... tại Hà Nội", "... đã thành công", "... vào sáng 12/3").
# A heuristic, deliberately small; "của", "về" and "và" stay inside names ("Đại hội XIII của Đảng").
STOP_WORDS = {
    "do", "được", "đã", "sẽ", "đang", "vừa", "vào", "tại", "ở", "diễn", "với", "nhằm", "là",
    "thì", "khi", "để", "sáng", "chiều", "tối", "trưa", "hôm", "ngày", "cùng", "bằng", "có",
}

# Punctuation that ends a name; a word carrying it at its end is the name's last word.
CLOSING = ",.;:!?)]}\"”'’…"
OPENING = "([{\"“'‘"

# Words that may stand between an organization and "tổ chức" in the active voice
# ("Tỉnh ủy An Giang đã long trọng tổ chức Hội nghị ...").
ADVERBS = {"đã", "sẽ", "vừa", "mới", "long", "trọng", "đang", "cũng", "chính", "thức"}

ORGANIZE = "tổ chức"


def nfc(text):
    """Mekong's text is NFC; the patterns must be too, whatever the editor saved."""
    return unicodedata.normalize("NFC", text)


class EventFinder:
    """Finds events and their organizers in one request. Configured once, from the handshake."""

    def __init__(self, config):
        self.triggers = [nfc(t) for t in config.get("triggers", ["Hội nghị", "Đại hội"])]
        self.max_words = int(config.get("max_words", 12))

    def extract(self, request):
        """The response for one request: event mentions, and organizer relations."""
        text = request["text"]
        organizations = [m for m in request["mentions"] if m["type"] == "organization"]
        mentions, relations = [], []
        for sentence in request["sentences"]:
            start, end = sentence["start"], sentence["end"]
            for event_start, event_end, trigger in self.events_in(text, start, end):
                name = text[event_start:event_end]
                mentions.append({
                    "type": "event",
                    "start": event_start,
                    "end": event_end,
                    "text": name,
                    "canonical_name": name,
                    "attributes": {"kind": trigger.lower()},
                    "confidence": 0.75,
                    "rule": "trigger",
                })
                organizer = self.organizer(text, organizations, start, end, event_start, event_end)
                if organizer is not None:
                    mention_id, rule = organizer
                    relations.append({
                        "subject": f"existing:{mention_id}",
                        "predicate": "example.organizes",
                        "object": f"new:{len(mentions) - 1}",
                        "evidence": {"start": start, "end": end},
                        "confidence": 0.7,
                        "rule": rule,
                    })
        return {"mentions": mentions, "relations": relations}

    def events_in(self, text, start, end):
        """Yields (start, end, trigger) for each event named in text[start:end]."""
        for trigger in self.triggers:
            position = text.find(trigger, start, end)
            while position != -1:
                after = position + len(trigger)
                # Whole words only: "Hội nghị" but not "Hội nghịx", and not in the middle of a word.
                starts_word = position == start or not text[position - 1].isalnum()
                ends_word = after >= end or text[after].isspace()
                if starts_word and ends_word:
                    name_end = self.name_end(text, after, end)
                    if name_end > after:
                        yield position, name_end, trigger
                position = text.find(trigger, after, end)

    def name_end(self, text, position, end):
        """Where the name that starts with a trigger ending at `position` ends.

        Takes words after the trigger until a stop word, another trigger, punctuation or
        `max_words`; returns `position` itself when no word qualifies (a bare "Hội nghị").
        """
        name_end = position
        words = 0
        index = position
        while index < end and words < self.max_words:
            while index < end and text[index].isspace():
                index += 1
            word_start = index
            while index < end and not text[index].isspace():
                index += 1
            word = text[word_start:index]
            if not word or word[0] in OPENING or word.lower() in STOP_WORDS:
                break
            if any(text.startswith(t, word_start) for t in self.triggers):
                break
            stripped = word.rstrip(CLOSING)
            if stripped:
                name_end = word_start + len(stripped)
                words += 1
            if stripped != word:
                break
        return name_end

    def organizer(self, text, organizations, sentence_start, sentence_end, event_start, event_end):
        """The organization that holds the event, as (mention id, rule), or None.

        Active voice: "<organization> [đã …] tổ chức <event>".
        Passive voice: "<event> do <organization> tổ chức".
        """
        in_sentence = [m for m in organizations
                       if sentence_start <= m["start"] and m["end"] <= sentence_end]
        # The nearest organization before the event whose gap is "[adverbs] tổ chức".
        for mention in sorted(in_sentence, key=lambda m: m["end"], reverse=True):
            if mention["end"] > event_start:
                continue
            gap = text[mention["end"]:event_start].split()
            if (len(gap) >= 2 and " ".join(gap[-2:]) == ORGANIZE
                    and all(word in ADVERBS for word in gap[:-2])):
                return mention["id"], "organizer-active"
            break
        for mention in sorted(in_sentence, key=lambda m: m["start"]):
            if mention["start"] < event_end:
                continue
            between = text[event_end:mention["start"]].split()
            following = text[mention["end"]:sentence_end].split()
            if between == ["do"] and " ".join(following[:2]) == ORGANIZE:
                return mention["id"], "organizer-passive"
            break
        return None


def send(message):
    """Writes one protocol line and flushes it: Mekong is waiting for it."""
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main():
    # Whatever the locale, the protocol is UTF-8.
    sys.stdin.reconfigure(encoding="utf-8")
    sys.stdout.reconfigure(encoding="utf-8")

    handshake = json.loads(sys.stdin.readline() or "{}")
    if handshake.get("type") != "handshake":
        print(f"events.py: expected a handshake, got {handshake!r}", file=sys.stderr)
        return 1
    if handshake.get("protocol") != PROTOCOL:
        # Answer anyway: Mekong compares the versions and explains the mismatch to the user.
        print(f"events.py: Mekong speaks protocol {handshake.get('protocol')}, I speak {PROTOCOL}",
              file=sys.stderr)
    finder = EventFinder(handshake.get("config") or {})
    send({"type": "ready", "protocol": PROTOCOL})

    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            response = finder.extract(request)
        except Exception as error:  # noqa: BLE001 - one bad article must not end the plugin
            article = request.get("article", {}).get("id", "?")
            print(f"events.py: article {article}: {error!r}", file=sys.stderr)
            response = {"error": f"{type(error).__name__}: {error}"}
        send(response)
    return 0


if __name__ == "__main__":
    sys.exit(main())
