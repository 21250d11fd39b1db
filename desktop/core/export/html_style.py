"""Style sheets of the HTML report: one for browsers, one for Qt's QTextDocument (the PDF).

QTextDocument honours only simple rules (font sizes and families, margins, colours, page breaks),
so the print variant also styles through attributes in the markup; see ``html.py``.
"""

from __future__ import annotations

SCREEN_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; color: #1b1b1b; background: #fff; margin: 1.5em auto; max-width: 75em;
  padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.15em; margin: 1em 0 .3em; }
.small, .foot { font-size: .85em; color: #555; }
.verdict { font-size: 1.1em; margin: .6em 0 .2em; }
.notices { border: 1px solid #D55E00; background: #FCEFE7; padding: .4em .8em; margin: .6em 0; }
table { border-collapse: collapse; }
.about th { text-align: left; vertical-align: top; padding-right: 1em; white-space: nowrap; }
.about td { vertical-align: top; padding: .2em .5em .4em 0; }
.hash { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8em; color: #555; }
.legend { border: 1px solid #ddd; padding: .5em .8em; background: #fafafa; font-size: .9em; }
.articles { table-layout: fixed; width: 100%; margin: 1em 0; }
.article { vertical-align: top; padding: 0 .8em; border-left: 1px solid #ddd; }
.article:first-child { border-left: none; padding-left: 0; }
.text { font-family: Georgia, "Times New Roman", serif; font-size: 1.02em; line-height: 1.6; }
.text sup { font-family: system-ui, sans-serif; font-size: .65em; font-weight: 600; }
.findings { width: 100%; font-size: .9em; }
.findings th, .findings td { border: 1px solid #ccc; padding: .3em .45em; text-align: left;
  vertical-align: top; }
.findings th { background: #f0f0f0; }
.findings .why td { border-bottom: none; background: #fafafa; }
.findings .quotes td { border-top: none; }
.quote { font-family: Georgia, "Times New Roman", serif; }
.type { color: #555; font-size: .85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .appendix { break-before: page; page-break-before: always; }
  .findings tr { break-inside: avoid; page-break-inside: avoid; }
  .findings thead { display: table-header-group; }
  .legend, .notices { background: none; }
}
"""

PRINT_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #1b1b1b; }
h1 { font-size: 14pt; }
h2 { font-size: 10.5pt; }
.small, .foot, .hash, .type { font-size: 7pt; color: #555555; }
.hash { font-family: "DejaVu Sans Mono", monospace; }
.text { font-family: "DejaVu Serif", Georgia, serif; font-size: 8.5pt; }
.quote { font-family: "DejaVu Serif", Georgia, serif; }
.legend { font-size: 7.5pt; }
.findings { font-size: 7.5pt; }
.findings th { background-color: #eeeeee; }
.appendix { page-break-before: always; }
"""
