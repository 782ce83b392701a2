/* The page's behaviour: draw the chart from the embedded data, switch lanes, filter the
   chronology, and take a click on a mark to its entry. Plain JavaScript, no request. */
(function () {
  "use strict";
  var root = document.documentElement;
  performance.mark("script-start");  // marks for profiling a big page in the browser
  function readJson(id) { return JSON.parse(document.getElementById(id).textContent); }
  var data = readJson("timeline-data");
  var chart = readJson("chart-data");
  var events = data.events;
  performance.mark("json-parsed");
  var n = events.length;
  var docTitles = {};
  data.documents.forEach(function (d) { docTitles[d.id] = d.title || d.id; });
  var entryEls = new Array(n);
  document.querySelectorAll("li.entry").forEach(function (li) { entryEls[+li.id.slice(3)] = li; });
  var runs = Array.prototype.slice.call(document.querySelectorAll("li.background-run"));
  var visible = new Uint8Array(n).fill(1);
  var haystack = null;
  var laneMode = "entity";
  var showAll = false;
  var current = null;
  var gd = document.getElementById("chart");
  // WebGL at the screen's own pixel ratio (Plotly's default of 2 draws four times the pixels).
  var config = { responsive: true, displaylogo: false, scrollZoom: false,
    plotGlPixelRatio: Math.max(1, Math.min(2, window.devicePixelRatio || 1)) };
  var form = document.querySelector("form.filters");
  var search = document.getElementById("search");
  var langSel = document.getElementById("filter-language");
  var srcSel = document.getElementById("filter-source");
  var statusSel = document.getElementById("filter-status");
  var count = document.getElementById("count");
  var rangeButton = document.getElementById("range-toggle");

  function searchText(e) {
    var parts = [e.title, e.text, e.language || "", e.status, e.entities.join(" ")];
    e.mentions.forEach(function (m) {
      parts.push(m.sentence, m.document, docTitles[m.document] || "");
      if (m.timex) parts.push(m.timex.text);
    });
    if (e.date) parts.push(e.date.value, e.date.start, e.date.end);
    return parts.join(" \u0001 ").toLowerCase();
  }

  // Plotly reads hover text as a little HTML: article text must reach it escaped.
  function esc(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function clip(text, limit) {
    text = String(text).replace(/\s+/g, " ").trim();
    return text.length <= limit ? text : text.slice(0, limit - 1) + "\u2026";
  }
  var hoverCache = {};
  function hover(j) {
    if (hoverCache[j] !== undefined) return hoverCache[j];
    var e = events[chart.event[j]];
    var said = [], names = [];
    e.mentions.forEach(function (m) {
      if (m.timex && said.indexOf("\u2018" + m.timex.text.trim() + "\u2019") < 0) {
        said.push("\u2018" + m.timex.text.trim() + "\u2019");
      }
      var name = docTitles[m.document] || m.document;
      if (names.indexOf(name) < 0) names.push(name);
    });
    var shown = names.slice(0, 3);
    if (names.length > 3) shown.push("and " + (names.length - 3) + " more");
    var lines = ["<b>" + esc(clip(e.title, 80)) + "</b>", esc(chart.label[j])];
    if (said.length) lines.push(esc("as the text says: " + clip(said.join(", "), 80)));
    lines.push(esc("sources: " + clip(shown.join("; "), 100)));
    return (hoverCache[j] = lines.join("<br>"));
  }

  function jitter(j) { return (((j * 0.6180339887) % 1) - 0.5) * 0.5; }

  // WebGL draws big charts quickly; without it (no GPU, blocked) SVG still draws them all.
  var webgl = chart.webgl && (function () {
    try { return !!document.createElement("canvas").getContext("webgl"); } catch (e) { return false; }
  })();

  function traces() {
    var lanes = chart.lanes[laneMode];
    var type = webgl ? "scattergl" : "scatter";
    var out = [];
    chart.styles.forEach(function (style, s) {
      var mx = [], my = [], mc = [], mh = [], lx = [], ly = [];
      for (var j = 0; j < chart.event.length; j++) {
        if (chart.style[j] !== s || !visible[chart.event[j]]) continue;
        var y = lanes.of[j] + jitter(j);
        mx.push(chart.x[j]); my.push(y); mc.push(chart.event[j]); mh.push(hover(j));
        if (style.span) { lx.push(chart.x0[j], chart.x1[j], null); ly.push(y, y, null); }
      }
      if (!mx.length) return;
      if (style.span) {
        out.push({ type: type, mode: "lines", x: lx, y: ly, line: style.line, hoverinfo: "skip",
          showlegend: false, legendgroup: style.name, name: style.name, meta: "span" });
      }
      var label = style.planned && chart.labelPlanned;
      out.push({ type: type, mode: label ? "markers+text" : "markers", x: mx, y: my,
        customdata: mc, hovertext: mh, hoverinfo: "text", marker: style.marker, name: style.name,
        legendgroup: style.name, meta: "marks",
        text: label ? mx.map(function () { return "planned"; }) : undefined,
        textposition: "top center", textfont: { color: style.marker.color, size: 11 } });
    });
    return out;
  }

  function xRange() {
    if (!chart.range.all) return undefined;
    return (!showAll && chart.range.main) ? chart.range.main : chart.range.all;
  }

  function layout(keepRange) {
    var names = chart.lanes[laneMode].names;
    var range = keepRange && gd.layout && gd.layout.xaxis ? gd.layout.xaxis.range.slice() : xRange();
    return {
      height: Math.max(280, 120 + names.length * 44),
      margin: { l: 20, r: 20, t: 10, b: 50 },
      xaxis: { type: "date", range: range, gridcolor: "#e3e3e3", linecolor: "#767676" },
      yaxis: { tickvals: names.map(function (_, i) { return i; }), ticktext: names,
        range: [names.length - 0.5, -0.6], fixedrange: true, automargin: true,
        zeroline: false, gridcolor: "#f0f0f0" },
      hovermode: "closest",
      hoverlabel: { align: "left" },
      showlegend: true,
      legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" },
      paper_bgcolor: "#ffffff", plot_bgcolor: "#ffffff",
      font: { family: "system-ui, sans-serif", size: 13, color: "#1a1a1a" }
    };
  }

  function draw(keepRange) {
    if (!window.Plotly) return Promise.resolve();
    return window.Plotly.react(gd, traces(), layout(keepRange), config);
  }

  function reveal(i) {
    var li = entryEls[i];
    if (!li) return;
    if (li.hidden) { form.reset(); applyFilters(); }
    var details = li.closest("details");
    if (details && !details.open) details.open = true;
    if (current) current.classList.remove("highlight");
    li.classList.add("highlight");
    li.tabIndex = -1;
    current = li;
    li.scrollIntoView({ block: "center" });
    li.focus({ preventScroll: true });
  }

  function applyFilters() {
    var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var lang = langSel.value, src = srcSel.value, status = statusSel.value;
    if (terms.length && !haystack) haystack = events.map(searchText);
    var shown = 0;
    for (var i = 0; i < n; i++) {
      var e = events[i];
      var ok = (!lang || e.language === lang ||
          e.mentions.some(function (m) { return m.language === lang; })) &&
        (!status || e.status === status) &&
        (!src || e.mentions.some(function (m) { return m.document === src; })) &&
        terms.every(function (t) { return haystack[i].indexOf(t) >= 0; });
      visible[i] = ok ? 1 : 0;
      if (ok) shown++;
      var li = entryEls[i];
      if (li && li.hidden === ok) li.hidden = !ok;
    }
    runs.forEach(function (run) {
      var any = run.querySelector("li.entry:not([hidden])") !== null;
      run.hidden = !any;
      var details = run.querySelector("details");
      if (terms.length && any && !details.open) { details.open = true; details.dataset.opened = "1"; }
      if (!terms.length && details.dataset.opened) { details.open = false; delete details.dataset.opened; }
    });
    count.textContent = shown === n ? n.toLocaleString("en") + " events"
      : shown.toLocaleString("en") + " of " + n.toLocaleString("en") + " events shown";
    draw(true);
  }

  var timer = 0;
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(applyFilters, n > 2000 ? 150 : 0);
  });
  [langSel, srcSel, statusSel].forEach(function (el) { el.addEventListener("change", applyFilters); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); applyFilters(); });
  form.addEventListener("reset", function () { setTimeout(applyFilters, 0); });
  document.querySelectorAll("input[name=lanes]").forEach(function (input) {
    input.addEventListener("change", function () { laneMode = input.value; draw(true); });
  });
  var showAllLabel = "Show all dates (" + chart.range.outside + " more " +
    (chart.range.outside === 1 ? "event" : "events") + ")";
  if (chart.range.main && chart.range.all) {
    rangeButton.hidden = false;
    rangeButton.textContent = showAllLabel;
    rangeButton.addEventListener("click", function () {
      showAll = !showAll;
      rangeButton.textContent = showAll ? "Show the main period" : showAllLabel;
      if (window.Plotly) window.Plotly.relayout(gd, { "xaxis.range": xRange() });
    });
  }
  function openTarget() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    var details = target && target.closest("details");
    if (details) { details.open = true; target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openTarget);
  var printed = [];
  window.addEventListener("beforeprint", function () {
    printed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    printed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { printed.forEach(function (d) { d.open = false; }); });

  // Ready once the drawn page has been painted and the main thread is free again: a click or
  // a key press is then answered at once.
  function ready() {
    requestAnimationFrame(function () {
      setTimeout(function () {
        root.dataset.readyMs = String(Math.round(performance.now()));
        root.dataset.ready = "1";
      }, 0);
    });
  }
  if (!window.Plotly) {
    gd.textContent = "The chart needs plotly.js, which could not be loaded. The chronology below lists every event.";
    ready();
  } else if (!chart.event.length) {
    gd.textContent = "No dated events to draw.";
    ready();
  } else {
    performance.mark("plot-start");
    window.Plotly.newPlot(gd, traces(), layout(false), config).then(function () {
      performance.mark("plot-done");
      gd.on("plotly_click", function (ev) {
        var p = ev.points && ev.points[0];
        if (p && p.customdata !== undefined && p.customdata !== null) reveal(p.customdata);
      });
      ready();
    });
  }
  openTarget();
})();
