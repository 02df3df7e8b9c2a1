/// The report's inline stylesheet and script: the pages are self-contained, work from
/// `file://` with no network, read with JavaScript off, and print on A4.
enum HTMLStyle {
    static let css = """
        :root { --present: #1b7f3b; --weak: #b26a00; --missing: #b3261e; --ink: #1d1d1f; --muted: #5f6368; }
        body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: var(--ink); margin: 1.5rem; max-width: 80rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
        table.matrix { border-collapse: collapse; font-size: 13px; }
        table.matrix th, table.matrix td { border: 1px solid #ccc; padding: 2px 5px; text-align: center; white-space: nowrap; }
        table.matrix th { background: #f3f3f3; cursor: pointer; position: sticky; top: 0; }
        table.matrix td.id { text-align: left; }
        .present { color: var(--present); } .weak { color: var(--weak); } .missing { color: var(--missing); font-weight: 600; }
        .unverifiable { color: #4a5a78; font-style: italic; }
        td.present { background: #e7f4ea; } td.weak { background: #fdf1dd; } td.missing { background: #fbe4e2; } td.unverifiable { background: #e8ecf4; }
        td a { color: inherit; text-decoration: none; display: block; }
        .word { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .legend span { margin-right: 1.2rem; }
        .banner { border: 2px solid var(--missing); background: #fbe4e2; padding: 0.5rem 1rem; margin: 1rem 0; }
        .explanation { color: var(--muted); margin-top: 0; }
        blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid #ccc; }
        blockquote .context { color: var(--muted); }
        mark { background: #fff1a8; padding: 0 1px; } mark.negated { background: #e6e6e6; text-decoration: line-through; }
        .where { font-size: 12px; color: var(--muted); margin: 0 0 0.6rem 0; }
        article.document p { margin: 0.25rem 0; } article.document p.heading { font-weight: 600; }
        article.document .part { font-size: 11px; color: var(--muted); margin-right: 0.4rem; }
        :target { outline: 2px solid #4a78c2; }
        footer { margin-top: 3rem; font-size: 12px; color: var(--muted); }
        @media print {
          @page { size: A4; margin: 14mm; }
          body { margin: 0; max-width: none; font-size: 10pt; }
          nav, .filter, .hint { display: none; }
          table.matrix { font-size: 8pt; } table.matrix th { position: static; }
          tr, blockquote, li { break-inside: avoid; }
          details { display: block; } details > * { display: block; }
          a { color: inherit; text-decoration: none; }
        }
        """

    /// The overview is a wide matrix: it prints across the page.
    static let overviewPrintCSS = "@media print { @page { size: A4 landscape; margin: 10mm; } table.matrix { font-size: 7pt; } }"

    /// Sorting by column and filtering to the submissions that miss one criterion or indicator.
    /// Reading needs none of it.
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
            var unreadable = filter.querySelector("input.unreadable");
            var apply = function () {
              var id = column.value, accepted = kind.value === "partial" ? ["missing", "weak"] : ["missing"];
              Array.prototype.forEach.call(body.rows, function (row) {
                var cell = row.querySelector('td[data-id="' + id + '"]');
                var shown = id === "" || (cell && accepted.indexOf(cell.getAttribute("data-sort")) >= 0);
                if (unreadable.checked && row.getAttribute("data-unreadable") !== "1") shown = false;
                row.hidden = !shown;
              });
            };
            [column, kind, unreadable].forEach(function (control) { control.addEventListener("change", apply); });
          }
        })();
        """
}
