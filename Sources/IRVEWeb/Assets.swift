/// The stylesheet and the script, served from the binary: sober, inspired by the French State's
/// design system (blue France #000091, visible focus), system fonts only.
enum Assets {
    static let css = """
        :root{--blue:#000091;--blue-h:#1212ff;--grey:#3a3a3a;--line:#dddddd;--bg:#f6f6f6;--red:#ce0500;\
        --orange:#b34000;--green:#18753c;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        *{box-sizing:border-box}
        body{margin:0;color:#161616;background:#fff;line-height:1.5}
        .wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
        .top{border-bottom:1px solid var(--line);box-shadow:0 2px 4px rgba(0,0,18,.08)}
        .top .wrap{display:flex;justify-content:space-between;align-items:center;min-height:4.5rem}
        .brand{display:flex;gap:.5rem;align-items:center;color:var(--blue);font-weight:700;font-size:1.25rem;\
        text-decoration:none}
        a{color:var(--blue)}
        a:hover{color:var(--blue-h)}
        :focus-visible{outline:2px solid #0a76f6;outline-offset:2px}
        h1{font-size:2rem;margin:2rem 0 1rem}
        h2{font-size:1.375rem;margin:2rem 0 .75rem}
        .lead{font-size:1.125rem;color:var(--grey)}
        .drop{border:2px dashed var(--blue);background:#f5f5fe;padding:2rem;text-align:center;margin:1rem 0}
        .drop.over{background:#e3e3fd}
        .drop svg{color:var(--blue)}
        label{display:block;font-weight:500;margin:.5rem 0 .25rem}
        input[type=file],select{font:inherit;padding:.5rem;border:0;border-bottom:2px solid var(--grey);\
        background:#eee;border-radius:.25rem .25rem 0 0}
        button,.button{font:inherit;display:inline-block;background:var(--blue);color:#fff;border:0;\
        padding:.5rem 1.5rem;margin:.5rem 0;cursor:pointer;text-decoration:none}
        button:hover,.button:hover{background:var(--blue-h);color:#fff}
        button.secondary,.button.secondary{background:#fff;color:var(--blue);box-shadow:inset 0 0 0 1px var(--blue)}
        .alert{border-left:4px solid var(--red);background:#ffe9e9;padding:1rem;margin:1rem 0}
        .verdict{display:flex;gap:.5rem;align-items:center;font-size:1.25rem;font-weight:700;padding:1rem;\
        margin:1rem 0}
        .verdict.valid{background:#b8fec9;color:var(--green)}
        .verdict.invalid{background:#ffe9e9;color:var(--red)}
        .next{border-left:4px solid var(--blue);background:#f5f5fe;padding:1rem}
        code{background:#eee;padding:.1rem .3rem;word-break:break-all}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}
        th,td{text-align:left;border-bottom:1px solid var(--line);padding:.4rem .5rem;vertical-align:top}
        th{background:var(--bg)}
        details{border:1px solid var(--line);margin:.5rem 0}
        summary{cursor:pointer;padding:.75rem 1rem;font-weight:500}
        details>div{padding:0 1rem 1rem}
        .sev-error{color:var(--red)}
        .sev-warning{color:var(--orange)}
        .sev-info{color:var(--grey)}
        .filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;background:var(--bg);padding:1rem}
        .pages{display:flex;gap:1rem;align-items:center}
        .foot{color:var(--grey);font-size:.875rem;border-top:1px solid var(--line);margin-top:3rem;padding-top:1rem}
        progress{width:100%}
        [hidden]{display:none}

        """

    /// Drag and drop onto the drop zone fills the file input and sends the form; the upload's
    /// progress shows for large files. Without JavaScript the plain form works the same.
    static let js = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          var zone = document.querySelector(".drop"), form = document.getElementById("upload");
          if (!zone || !form) { return; }
          var input = form.querySelector("input[type=file]"), bar = document.getElementById("progress");
          ["dragenter", "dragover"].forEach(function (t) {
            zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("over"); });
          });
          ["dragleave", "drop"].forEach(function (t) {
            zone.addEventListener(t, function () { zone.classList.remove("over"); });
          });
          zone.addEventListener("drop", function (e) {
            e.preventDefault();
            if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; send(); }
          });
          form.addEventListener("submit", function (e) {
            if (!input.files.length || !window.XMLHttpRequest || !bar) { return; }
            e.preventDefault();
            send();
          });
          function send() {
            var xhr = new XMLHttpRequest();
            xhr.open("POST", form.action);
            bar.hidden = false;
            xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = e.loaded / e.total; } };
            // Without the upload's answer (network, proxy), the plain form sends it again.
            xhr.onerror = function () { bar.hidden = true; form.submit(); };
            xhr.onload = function () {
              if (xhr.responseURL && xhr.status < 400) { window.location.assign(xhr.responseURL); return; }
              document.open(); document.write(xhr.responseText); document.close();
            };
            xhr.send(new FormData(form));
          }
        });

        """
}
