/// The report's inline stylesheet and script: the pages are self-contained, work from
/// `file://` with no network, read with JavaScript off, and print on A4.
enum HTMLStyle {
    static let css = """
        :root { --present: #1b7f3b; --weak: #b26a00; --missing: #b3261e; --ink: #1d1d1f; --muted: #5f6368; }
        body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); margin: 1.5rem; max-width: 80rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
        div.scroll { overflow-x: auto; max-width: 100%; position: relative; }
        table.matrix { border-collapse: separate; border-spacing: 0; font-size: 13px; }
        table.matrix th, table.matrix td { border: 1px solid #ccc; padding: 2px 5px; text-align: center; white-space: nowrap; }
        table.matrix th { background: #f3f3f3; cursor: pointer; position: sticky; top: 0; }
        table.matrix .id { text-align: left; position: sticky; left: 0; z-index: 1; background: #fff; }
        table.matrix thead .id { z-index: 2; background: #f3f3f3; }
        table.matrix td.unread { text-align: left; font-size: 12px; color: var(--missing); }
        .present { color: var(--present); } .weak { color: var(--weak); } .missing { color: var(--missing); font-weight: 600; }
        .unverifiable { color: #4a5a78; font-style: italic; }
        td.present { background: #e7f4ea; } td.weak { background: #fdf1dd; } td.missing { background: #fbe4e2; } td.unverifiable { background: #e8ecf4; }
        td a { color: inherit; text-decoration: none; display: block; }
        .word { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .legend span { margin-right: 1.2rem; }
        .banner { border: 2px solid var(--missing); background: #fbe4e2; padding: 0.5rem 1rem; margin: 1rem 0; }
        .explanation { color: var(--muted); margin-top: 0; }
        table.facts, table.summary, table.files { border-collapse: collapse; font-size: 14px; margin: 0.5rem 0 1rem; }
        table.facts th, table.summary th, table.summary td, table.files th, table.files td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
        table.facts th { border: 0; padding-left: 0; } table.facts td { border: 0; }
        table.summary td.quote { max-width: 34rem; } table.summary td.where, .found { font-size: 12px; color: var(--muted); }
        table.files td.unread { color: var(--missing); }
        blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid #ccc; }
        blockquote .context { color: var(--muted); }
        mark { background: #fff1a8; padding: 0 1px; } mark.negated { background: #e6e6e6; text-decoration: line-through; }
        mark.other { background: #e3ecfa; }
        mark[data-for]::after { content: attr(data-for); font-size: 9px; vertical-align: super; color: var(--muted); margin-left: 1px; }
        .where { font-size: 12px; color: var(--muted); margin: 0 0 0.6rem 0; }
        article.document p { margin: 0.25rem 0; } article.document p.heading { font-weight: 600; }
        article.document .part { font-size: 11px; color: var(--muted); margin-right: 0.4rem; }
        nav.pager a, nav a { margin-right: 1rem; }
        button.print { margin: 0 0.5rem 0.5rem 0; }
        :target { outline: 2px solid #4a78c2; }
        footer { margin-top: 3rem; font-size: 12px; color: var(--muted); } footer p { margin: 0.2rem 0; } footer code { word-break: break-all; }
        select { max-width: 100%; }
        @media (max-width: 600px) {
          body { margin: 0.6rem; font-size: 14px; }
          table.summary td.quote { max-width: none; }
        }
        @media print {
          @page { size: A4; margin: 16mm 14mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
          body { margin: 0; max-width: none; font-size: 10pt; }
          nav, .filter, .hint, button.print { display: none; }
          table.matrix { font-size: 8pt; } table.matrix th, table.matrix .id { position: static; }
          div.scroll { overflow: visible; }
          tr, blockquote, li { break-inside: avoid; }
          details > summary { list-style: none; }
          details::details-content { content-visibility: visible; display: block; }
          a { color: inherit; text-decoration: none; }
          body:not(.with-full-text) section.fulltext { display: none; }
        }
        """

    /// The overview is a wide matrix: it prints across the page.
    static let overviewPrintCSS = "@media print { @page { size: A4 landscape; margin: 10mm; } table.matrix { font-size: 7pt; } }"

    /// Sorting by column, and filtering to the submissions that miss (or only partly show) any
    /// or one criterion or indicator, or that have files not read. Reading needs none of it.
    static let overviewScript = """
        (function () {
          var table = document.querySelector("table.matrix");
          if (!table) return;
          var body = table.tBodies[0];
          var rank = { missing: 0, unverifiable: 1, weak: 2, present: 3 };
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
            th.addEventListener("click", function () {
              var rows = Array.prototype.slice.call(body.rows);
              var descending = th.getAttribute("aria-sort") === "ascending";
              rows.sort(function (a, b) {
                var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
                var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
                var result = (x in rank && y in rank) ? rank[x] - rank[y] : (isNaN(x) || isNaN(y) ? x.localeCompare(y, "lv") : x - y);
                return descending ? -result : result;
              });
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", descending ? "descending" : "ascending");
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
          var filter = document.getElementById("filter");
          if (filter) {
            filter.hidden = false;
            var column = filter.querySelector("select.column");
            var kind = filter.querySelector("select.kind");
            var apply = function () {
              var id = column.value, wanted = kind.value;
              var accepted = wanted === "partial" ? ["missing", "weak"] : ["missing"];
              column.parentNode.hidden = wanted === "all" || wanted === "unreadable";
              Array.prototype.forEach.call(body.rows, function (row) {
                var shown = true;
                if (wanted === "unreadable") {
                  shown = row.getAttribute("data-unreadable") === "1";
                } else if (wanted !== "all") {
                  var cells = id === "" ? row.querySelectorAll("td[data-id]") : row.querySelectorAll('td[data-id="' + id + '"]');
                  shown = Array.prototype.some.call(cells, function (cell) { return accepted.indexOf(cell.getAttribute("data-sort")) >= 0; });
                }
                row.hidden = !shown;
              });
            };
            // The state lives in the address too ("#show=missing&in=C2"), so that a filtered
            // view can be bookmarked or sent.
            var fromAddress = function () {
              var match = /^#show=([a-z]+)(?:&in=([^&]*))?$/.exec(location.hash);
              if (!match) return;
              var id = "";
              try { id = decodeURIComponent(match[2] || ""); } catch (error) { return; }
              Array.prototype.forEach.call(kind.options, function (option) { if (option.value === match[1]) kind.value = match[1]; });
              Array.prototype.forEach.call(column.options, function (option) { if (option.value === id) column.value = id; });
            };
            var toAddress = function () {
              var hash = kind.value === "all" ? "" : "#show=" + kind.value + (column.value ? "&in=" + encodeURIComponent(column.value) : "");
              if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname);
            };
            [column, kind].forEach(function (control) { control.addEventListener("change", function () { apply(); toAddress(); }); });
            fromAddress();
            apply();
          }
        })();
        """
}

extension HTMLStyle {
    /// A submission page's links to the previous and next pages of the round (from
    /// `_round.js`, ``RoundIndexWriter``) and its print buttons: the summary and the passages,
    /// or everything with the full text. Printing from the browser's menu leaves the full text
    /// out.
    static let pageScript = """
        (function () {
          var nav = document.querySelector("nav[data-page]"), round = window.liecibaRound;
          if (nav && round) {
            var at = round.indexOf(nav.getAttribute("data-page"));
            [["a.previous", at - 1], ["a.next", at + 1]].forEach(function (link) {
              var a = nav.querySelector(link[0]);
              if (at >= 0 && link[1] >= 0 && link[1] < round.length) { a.href = encodeURIComponent(round[link[1]]); a.hidden = false; }
            });
          }
          Array.prototype.forEach.call(document.querySelectorAll("button.print"), function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
              document.body.classList.toggle("with-full-text", button.getAttribute("data-full") === "1");
              window.print();
            });
          });
          window.addEventListener("beforeprint", function () {
            Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { if (!d.open) { d.open = true; d.setAttribute("data-closed", "1"); } });
          });
          window.addEventListener("afterprint", function () {
            Array.prototype.forEach.call(document.querySelectorAll("details[data-closed]"), function (d) { d.open = false; d.removeAttribute("data-closed"); });
            document.body.classList.remove("with-full-text");
          });
        })();
        """
}
