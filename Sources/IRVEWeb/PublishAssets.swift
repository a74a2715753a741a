/// The fiche form's script and the fiche and publication pages' styles, served from the binary
/// (same origin: the CSP allows no inline script). The script only asks the server for the score
/// (`POST /fiche/quality`, the Swift `QualityPrediction`): no rule is written twice.
enum PublishAssets {
    static let js = """
        (function () {
          "use strict";
          var form = document.getElementById("fiche-form");
          var out = document.getElementById("quality-score");
          if (!form || !out) { return; }
          var timer = null;
          var asked = 0;
          function update() {
            var n = ++asked;
            var body = new URLSearchParams(new FormData(form)).toString();
            fetch(form.getAttribute("data-quality"), {
              method: "POST", credentials: "same-origin", body: body,
              headers: { "Content-Type": "application/x-www-form-urlencoded" }
            }).then(function (r) { return r.ok ? r.json() : null; }).then(function (j) {
              if (!j || n !== asked) { return; }
              out.innerHTML = j.html;
              if (typeof j.score === "number") { out.setAttribute("data-score", String(j.score)); }
              else { out.removeAttribute("data-score"); }
              var hints = form.querySelectorAll("[data-criterion-of]");
              for (var i = 0; i < hints.length; i++) {
                var met = j.criteria[hints[i].getAttribute("data-criterion-of")];
                if (met === undefined) { continue; }
                hints[i].classList.toggle("met", met === true);
                hints[i].classList.toggle("missing", met !== true);
                var text = hints[i].textContent.replace(/^[\\u2713\\u2717] /, "");
                hints[i].textContent = (met ? "\\u2713 " : "\\u2717 ") + text;
              }
              out.setAttribute("data-updated", String(n));
            }).catch(function () {});
          }
          form.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(update, 250);
          });
          form.addEventListener("change", update);
        })();

        """

    static let css = """
        .fiche-layout{display:grid;grid-template-columns:minmax(0,2fr) minmax(16rem,1fr);gap:2rem;align-items:start}
        @media (max-width:60rem){.fiche-layout{grid-template-columns:1fr}}
        #quality-score{position:sticky;top:1rem;border-left:4px solid var(--blue);background:#f5f5fe;padding:0 1rem}
        #quality-score li.met,.criterion.met{color:var(--green)}
        #quality-score li.missing,.criterion.missing{color:var(--red)}
        .field{margin:1rem 0}
        .hint{color:var(--grey);font-size:.875rem;margin:.1rem 0}
        input[type=text],input[type=url],input[type=password],input[type=date],textarea{font:inherit;width:100%;\
        padding:.5rem;border:0;border-bottom:2px solid var(--grey);background:#eee;border-radius:.25rem .25rem 0 0}
        textarea{font-family:ui-monospace,monospace;font-size:.875rem}
        fieldset{border:1px solid var(--line);padding:.5rem 1rem}
        label.choice{font-weight:400}
        #plan pre,#publish-log pre{white-space:pre-wrap;word-break:break-all;font-size:.8rem;background:var(--bg);\
        padding:.5rem}
        .valid-box{display:block;background:#b8fec9;color:#161616}

        """
}
