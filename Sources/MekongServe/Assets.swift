/// The files the app serves besides its pages: a stylesheet and the small script of search-as-you-type,
/// compiled into the binary. Nothing else is served under `/assets/`, and nothing is fetched from elsewhere.
enum Assets {
    /// A served file: its media type and bytes.
    struct File: Sendable {
        var contentType: String
        var body: String
    }

    /// The files by name; a name not listed here is a 404, whatever it looks like (`..`, `%2e%2e`, `/etc`).
    static let files: [String: File] = [
        "style.css": File(contentType: "text/css; charset=utf-8", body: stylesheet),
        "search.js": File(contentType: "text/javascript; charset=utf-8", body: searchScript),
    ]

    static let stylesheet = """
        :root { --ink: #1d2329; --muted: #5b6670; --line: #d9dee3; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: #fafbfc; }
        header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1rem; background: #fff;
          border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
        header nav a { margin-right: .8rem; }
        .brand { font-weight: bold; font-size: 1.2rem; text-decoration: none; color: var(--ink); }
        form.search { position: relative; flex: 1; max-width: 36rem; }
        #search { width: 100%; padding: .4rem .6rem; font-size: 1rem; border: 1px solid var(--line); border-radius: 4px; }
        #suggestions { list-style: none; margin: 0; padding: 0; position: absolute; left: 0; right: 0; background: #fff;
          border: 1px solid var(--line); border-top: 0; }
        #suggestions:empty { display: none; }
        #suggestions li a { display: block; padding: .3rem .6rem; text-decoration: none; }
        #suggestions li a:hover, #suggestions li a:focus { background: #eef4fb; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        a { color: var(--accent); }
        .type { font-size: .75rem; text-transform: uppercase; color: var(--muted); border: 1px solid var(--line);
          border-radius: 3px; padding: 0 .3rem; margin-left: .3rem; }
        .muted, .meta { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        .relation { margin: .8rem 0; padding: .5rem .8rem; background: #fff; border: 1px solid var(--line); border-radius: 4px; }
        .predicate { font-family: monospace; color: #7a3e00; }
        blockquote { margin: .3rem 0 .3rem 1rem; color: #333; }
        .article-text { white-space: pre-wrap; background: #fff; padding: 1rem; border: 1px solid var(--line);
          line-height: 2.1; }
        mark.mention { background: #e8f0fe; border-radius: 4px; padding: .1em .25em; }
        mark.mention a { color: inherit; text-decoration: none; }
        mark.mention .label { font-size: .6rem; font-weight: bold; margin-left: .3em; color: var(--muted);
          text-transform: uppercase; vertical-align: middle; }
        mark.person { background: #fde8d8; } mark.organization { background: #e3f1df; }
        mark.place { background: #dcecf8; } mark.document { background: #f4ecc9; }
        .fact { text-decoration: underline 2px #e3a008; text-underline-offset: .35em; }
        .fact:target { background: #fff3c4; }
        .fact, .anchor { scroll-margin-top: 5rem; }
        .diagram svg { max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); }
        .diagram a:hover text { text-decoration: underline; }
        textarea { width: 100%; font-family: monospace; font-size: .95rem; }
        .error { color: #a11; white-space: pre-wrap; font-family: monospace; }
        """

    /// Search-as-you-type: asks `/api/entities` as the reader types and lists the entities found, each a
    /// link to its page. Names are set as text, never as HTML. Without the script the form still works.
    static let searchScript = """
        (function () {
          "use strict";
          var input = document.getElementById("search");
          var list = document.getElementById("suggestions");
          if (!input || !list) { return; }
          var timer = null, asked = null;
          function show(entities) {
            while (list.firstChild) { list.removeChild(list.firstChild); }
            entities.forEach(function (entity) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.href = "/entity/" + encodeURIComponent(entity.id);
              link.className = "suggestion";
              link.textContent = entity.name;
              var type = document.createElement("span");
              type.className = "type";
              type.textContent = entity.type;
              link.appendChild(type);
              item.appendChild(link);
              list.appendChild(item);
            });
          }
          function ask() {
            var text = input.value.trim();
            if (text === asked) { return; }
            asked = text;
            if (text === "") { show([]); return; }
            fetch("/api/entities?limit=10&q=" + encodeURIComponent(text))
              .then(function (response) { return response.ok ? response.json() : { entities: [] }; })
              .then(function (answer) { if (input.value.trim() === text) { show(answer.entities); } })
              .catch(function () {});
          }
          input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 120); });
        })();
        """
}
