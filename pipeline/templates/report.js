// kutipan report: hash router, search and filters over the quotes, speaker and article lists.
// Everything runs on the data embedded in the page; nothing is fetched.
"use strict";
(function () {
  const D = JSON.parse(document.getElementById("report-data").textContent);
  const PAGE = 50;
  // quotes: [article, speaker, type, text, speaker text, role, cue, confidence, resolution, id]
  const Q = { ART: 0, SPK: 1, TYPE: 2, TEXT: 3, WHO: 4, ROLE: 5, CUE: 6, CONF: 7, RES: 8, ID: 9 };
  // articles: [id, title, outlet, day, status, n quotes, file]; speakers: [id, name, n quotes, n articles, roles, kind]
  const $ = (id) => document.getElementById(id);
  const fold = (s) => (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  // search text: folded words separated by single spaces, so " " + word matches word starts
  const words = (s) => " " + fold(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim() + " ";
  const terms = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => " " + w);
  const esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  const speakerIndex = new Map(D.speakers.map((s, i) => [s[0], i]));
  const byName = new Map(D.speakers.map((s, i) => [fold(s[1]), i]));
  let searchText = null; // folded quote text + speaker: built once the page is drawn, or on first search
  function buildSearchText() {
    if (!searchText) searchText = D.quotes.map((q) => words(q[Q.TEXT] + " " + q[Q.WHO]));
  }

  function articleHref(i) {
    const a = D.articles[i];
    if (!a) return "#";
    const file = D.files[a[6]];
    return file ? file + "#a-" + encodeURIComponent(a[0]) : "#article/" + encodeURIComponent(a[0]);
  }

  function pager(el, total, page, go) {
    const pages = Math.max(1, Math.ceil(total / PAGE));
    el.innerHTML = "";
    if (pages < 2) return;
    const prev = document.createElement("button");
    prev.textContent = "← previous";
    prev.disabled = page === 0;
    prev.onclick = () => go(page - 1);
    const next = document.createElement("button");
    next.textContent = "next →";
    next.disabled = page >= pages - 1;
    next.onclick = () => go(page + 1);
    const info = document.createElement("span");
    info.textContent = "page " + (page + 1) + " of " + pages;
    el.append(prev, info, next);
  }

  function quoteRow(q, showSpeaker) {
    const a = D.articles[q[Q.ART]] || ["", "", "", "", "", 0, 0];
    const s = q[Q.SPK] >= 0 ? D.speakers[q[Q.SPK]] : null;
    const who = s ? '<a href="#speaker/' + encodeURIComponent(s[0]) + '">' + esc(s[1]) + "</a>" : esc(q[Q.WHO] || "unknown speaker");
    const conf = q[Q.CONF] == null ? "" : " · confidence " + q[Q.CONF].toFixed(2);
    return '<div class="qrow" data-quote="' + esc(q[Q.ID]) + '"><span class="badge ' + esc(q[Q.TYPE]) + '">' + esc(q[Q.TYPE]) + "</span> " +
      (showSpeaker ? "<b>" + who + "</b>" + (q[Q.ROLE] ? ' <span class="muted">' + esc(q[Q.ROLE]) + "</span>" : "") : "") +
      '<div class="qtext">' + esc(q[Q.TEXT]) + "</div>" +
      '<div class="small muted">' + esc(a[3] || "undated") + " · " + esc(a[2]) + ' · <a href="' + articleHref(q[Q.ART]) + '">' + esc(a[1]) + "</a>" +
      " · cue " + esc(q[Q.CUE] || "–") + conf + " · " + esc(q[Q.RES]) + "</div></div>";
  }

  // ------------------------------------------------------------------ quotes: search and filters
  let quotePage = 0;
  function quoteMatches() {
    const want = terms($("f-text").value);
    const spName = fold($("f-speaker").value.trim());
    const outlet = $("f-outlet").value;
    const type = $("f-type").value;
    let spk = -2; // -2: any speaker
    if (spName) spk = byName.has(spName) ? byName.get(spName) : -3;
    if (want.length) buildSearchText();
    const out = [];
    for (let i = 0; i < D.quotes.length; i++) {
      const q = D.quotes[i];
      if (type && q[Q.TYPE] !== type) continue;
      if (outlet && (D.articles[q[Q.ART]] || [])[2] !== outlet) continue;
      if (spk === -3 && !fold(q[Q.WHO]).includes(spName)) continue;
      if (spk >= 0 && q[Q.SPK] !== spk) continue;
      if (want.length && !want.every((w) => searchText[i].includes(w))) continue;
      out.push(q);
    }
    return out;
  }
  function showQuotes(page) {
    const found = quoteMatches();
    quotePage = Math.min(page, Math.max(0, Math.ceil(found.length / PAGE) - 1));
    $("quote-count").textContent = found.length + " of " + D.quotes.length + " quotes";
    $("quote-list").innerHTML = found.slice(quotePage * PAGE, (quotePage + 1) * PAGE).map((q) => quoteRow(q, true)).join("");
    pager($("quote-pager"), found.length, quotePage, showQuotes);
  }

  // ------------------------------------------------------------------ speakers
  function showSpeakers(page) {
    const want = terms($("f-speaker-name").value);
    const found = D.speakers.filter((s) => want.every((w) => words(s[1] + " " + s[4]).includes(w)));
    page = Math.min(page, Math.max(0, Math.ceil(found.length / PAGE) - 1));
    $("speaker-count").textContent = found.length + " speakers, most quoted first";
    $("speaker-table").innerHTML = "<tr><th>speaker</th><th>roles</th><th class=num>quotes</th><th class=num>articles</th></tr>" +
      found.slice(page * PAGE, (page + 1) * PAGE).map((s) => '<tr><td><a href="#speaker/' + encodeURIComponent(s[0]) + '">' + esc(s[1]) +
        "</a></td><td class=small>" + esc(s[4]) + "</td><td class=num>" + s[2] + "</td><td class=num>" + s[3] + "</td></tr>").join("");
    pager($("speaker-pager"), found.length, page, showSpeakers);
  }
  function showSpeaker(id) {
    const i = speakerIndex.get(id);
    const s = D.speakers[i];
    $("speaker-title").textContent = s ? s[1] : "Unknown speaker " + id;
    $("speaker-meta").textContent = s ? [s[5], s[4]].filter(Boolean).join(" · ") : "";
    const quotes = s ? D.quotes.filter((q) => q[Q.SPK] === i) : []; // D.quotes is in date order
    $("speaker-quote-count").textContent = quotes.length + " quotes in " + (s ? s[3] : 0) + " articles, in date order";
    $("speaker-quotes").innerHTML = quotes.map((q) => quoteRow(q, false)).join("");
  }

  // ------------------------------------------------------------------ articles
  function showArticles(page) {
    const want = terms($("f-article-text").value);
    const outlet = $("f-article-outlet").value;
    const status = $("f-article-status").value;
    const found = [];
    D.articles.forEach((a, i) => {
      if (outlet && a[2] !== outlet) return;
      if (status && a[4] !== status) return;
      if (want.length && !want.every((w) => words(a[0] + " " + a[1]).includes(w))) return;
      found.push(i);
    });
    page = Math.min(page, Math.max(0, Math.ceil(found.length / PAGE) - 1));
    $("article-count").textContent = found.length + " of " + D.articles.length + " articles";
    $("article-table").innerHTML = "<tr><th>title</th><th>outlet</th><th>day</th><th>status</th><th class=num>quotes</th></tr>" +
      found.slice(page * PAGE, (page + 1) * PAGE).map((i) => {
        const a = D.articles[i];
        return '<tr><td><a href="' + articleHref(i) + '">' + esc(a[1]) + "</a></td><td>" + esc(a[2]) + "</td><td>" + esc(a[3]) +
          "</td><td>" + esc(a[4]) + "</td><td class=num>" + a[5] + "</td></tr>";
      }).join("");
    pager($("article-pager"), found.length, page, showArticles);
  }
  function showArticle(id) {
    document.querySelectorAll("#view-article .article").forEach((el) => { el.hidden = el.dataset.article !== id; });
  }

  // ------------------------------------------------------------------ router
  const views = ["overview", "quotes", "speakers", "speaker", "articles", "article"];
  function route() {
    const hash = decodeURIComponent(location.hash.slice(1));
    const cut = hash.indexOf("/");
    const name = views.includes(cut < 0 ? hash : hash.slice(0, cut)) ? (cut < 0 ? hash : hash.slice(0, cut)) : "overview";
    const arg = cut < 0 ? "" : hash.slice(cut + 1);
    views.forEach((v) => { $("view-" + v).hidden = v !== name; });
    document.querySelectorAll("header.top a[data-nav]").forEach((a) => {
      a.classList.toggle("active", a.dataset.nav === name || a.dataset.nav === name + "s");
    });
    if (name === "quotes") showQuotes(quotePage);
    if (name === "speakers") showSpeakers(0);
    if (name === "speaker") showSpeaker(arg);
    if (name === "articles") showArticles(0);
    if (name === "article") showArticle(arg);
    window.scrollTo(0, 0);
  }

  function options(select, values) {
    [...new Set(values)].filter(Boolean).sort().forEach((v) => select.add(new Option(v, v)));
  }
  function init() {
    options($("f-outlet"), D.articles.map((a) => a[2]));
    options($("f-article-outlet"), D.articles.map((a) => a[2]));
    options($("f-article-status"), D.articles.map((a) => a[4]));
    $("speaker-names").innerHTML = D.speakers.slice(0, 5000).map((s) => '<option value="' + esc(s[1]) + '">').join("");
    let timer = 0;
    const later = (fn) => () => { clearTimeout(timer); timer = setTimeout(fn, 150); };
    ["f-text", "f-speaker"].forEach((id) => $(id).addEventListener("input", later(() => showQuotes(0))));
    ["f-outlet", "f-type"].forEach((id) => $(id).addEventListener("change", () => showQuotes(0)));
    $("f-speaker-name").addEventListener("input", later(() => showSpeakers(0)));
    $("f-article-text").addEventListener("input", later(() => showArticles(0)));
    ["f-article-outlet", "f-article-status"].forEach((id) => $(id).addEventListener("change", () => showArticles(0)));
    document.querySelectorAll("form").forEach((f) => f.addEventListener("submit", (e) => e.preventDefault()));
    const index = new Map(D.articles.map((a, i) => [a[0], i]));
    document.querySelectorAll("a[data-article-link]").forEach((a) => { a.href = articleHref(index.get(a.dataset.articleLink)); });
    window.addEventListener("hashchange", route);
    route();
    document.body.dataset.ready = "1";
    setTimeout(buildSearchText, 50); // after the first view is drawn, so the first search is quick
  }
  init();
})();
