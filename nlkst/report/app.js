// nlkst report: filters, charts (Vega-Lite through vega-embed), the table of documents and the
// document view. Every value from the data goes into the page as text (textContent, option
// values); the only HTML inserted is a document view that nlkst rendered and escaped.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("nlkst-data").textContent);
  const col = Object.fromEntries(data.columns.map((name, i) => [name, i]));
  const docs = data.docs;
  const PAGE = 50;
  const byId = (id) => document.getElementById(id);
  const state = { dossier: "", type: "", from: null, to: null, text: "", page: 0, selected: [] };

  // Mentions per kind, as rows Vega-Lite aggregates: {doc, year, name, count}.
  const mentionRows = Object.fromEntries(data.kinds.map((kind) => [kind, []]));
  for (let i = 0; i < data.mentions.length; i += 3) {
    const doc = data.mentions[i], name = data.mentions[i + 1];
    const year = docs[doc][col.year];
    if (year === null) continue;
    mentionRows[data.kinds[data.name_kinds[name]]].push({ doc: doc, year: year, name: data.names[name], count: data.mentions[i + 2] });
  }

  function matches(doc) {
    const year = doc[col.year];
    if (state.dossier && !doc[col.dossiers].includes(state.dossier)) return false;
    if (state.type && doc[col.doc_type] !== state.type) return false;
    if (state.from !== null && (year === null || year < state.from)) return false;
    if (state.to !== null && (year === null || year > state.to)) return false;
    if (state.text) {
      const needle = state.text.toLowerCase();
      if (!doc[col.id].toLowerCase().includes(needle) && !doc[col.title].toLowerCase().includes(needle)) return false;
    }
    return true;
  }

  const views = {};
  function chartRows(keep) {
    const dated = [], typed = [], themed = [];
    for (let i = 0; i < docs.length; i++) {
      if (!keep[i]) continue;
      const doc = docs[i];
      typed.push({ doc_type: doc[col.doc_type] });
      if (doc[col.year] === null) continue;
      dated.push({ year: doc[col.year], doc_type: doc[col.doc_type] });
      if (doc[col.paragraphs] > 0) {
        const row = { year: doc[col.year], paragraphs: doc[col.paragraphs] };
        data.themes.forEach((theme, t) => { row[theme] = doc[col.themes][t]; });
        themed.push(row);
      }
    }
    const rows = { "chart-years": dated, "chart-types": typed, "chart-themes": themed };
    for (const kind of data.kinds) rows["chart-" + kind] = mentionRows[kind].filter((r) => keep[r.doc]);
    return rows;
  }

  function drawCharts(keep) {
    const rows = chartRows(keep);
    return Promise.all(Object.keys(data.charts).map((id) => {
      const element = byId(id);
      if (!rows[id].length) {
        if (views[id]) { views[id].finalize(); delete views[id]; }
        const note = document.createElement("p");
        note.className = "note";
        note.textContent = data.charts[id].title.text + ": nothing to show in this selection.";
        element.replaceChildren(note);
        return Promise.resolve();
      }
      if (views[id]) return views[id].data("rows", rows[id]).runAsync();
      const spec = Object.assign({}, data.charts[id], { data: { name: "rows", values: rows[id] } });
      return vegaEmbed(element, spec, { actions: false, renderer: "svg" }).then((result) => { views[id] = result.view; });
    }));
  }

  function cell(row, text, className) {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function drawTable() {
    const body = document.querySelector("#doc-table tbody");
    const start = state.page * PAGE, shown = state.selected.slice(start, start + PAGE);
    body.replaceChildren(...shown.map((index) => {
      const doc = docs[index], row = document.createElement("tr");
      row.dataset.index = String(index);
      cell(row, doc[col.date] || "–");
      cell(row, doc[col.doc_type]);
      cell(row, doc[col.dossiers].join(", "));
      const link = document.createElement("a");
      link.href = "#doc-" + index;
      link.textContent = doc[col.id];
      cell(row, "").appendChild(link);
      cell(row, doc[col.title]);
      cell(row, String(doc[col.paragraphs]), "num");
      cell(row, data.themes.map((t, i) => [t, doc[col.themes][i]]).filter((p) => p[1] > 0).map((p) => p[0] + " " + p[1]).join(", "));
      cell(row, String(doc[col.entities]), "num");
      cell(row, String(doc[col.references]), "num");
      return row;
    }));
    const total = state.selected.length;
    byId("p-info").textContent = total ? `${start + 1}–${Math.min(start + PAGE, total)} of ${total.toLocaleString("en")} documents` : "no documents";
    byId("p-prev").disabled = state.page === 0;
    byId("p-next").disabled = start + PAGE >= total;
  }

  function update() {
    const keep = docs.map(matches);
    state.selected = [];
    keep.forEach((k, i) => { if (k) state.selected.push(i); });
    state.selected.sort((a, b) => (docs[a][col.date] || "9999").localeCompare(docs[b][col.date] || "9999"));
    state.page = 0;
    const undated = state.selected.filter((i) => docs[i][col.year] === null).length;
    byId("selection").textContent = `${state.selected.length.toLocaleString("en")} of ${docs.length.toLocaleString("en")} documents selected` +
      (undated ? `; ${undated.toLocaleString("en")} without a date are left out of the charts over time` : "");
    drawTable();
    return drawCharts(keep);
  }

  function showDocument(index, scroll) {
    const source = byId("doc-" + index);
    if (!source) return;
    const view = byId("doc-view");
    view.innerHTML = JSON.parse(source.textContent);  // rendered and escaped by nlkst (displaCy)
    document.querySelectorAll("#doc-table tr.current").forEach((row) => row.classList.remove("current"));
    const row = document.querySelector(`#doc-table tr[data-index="${index}"]`);
    if (row) row.classList.add("current");
    if (scroll) view.scrollIntoView();
  }

  function showLinkedDocument() {
    const match = /^#doc-(\d+)$/.exec(location.hash);
    if (match) showDocument(match[1], true);
  }

  function setUp() {
    const types = [...new Set(docs.map((d) => d[col.doc_type]))].sort();
    const select = byId("f-type");
    for (const type of types) select.appendChild(new Option(type, type));
    const dossiers = [...new Set(docs.flatMap((d) => d[col.dossiers]))].sort();
    byId("dossier-list").replaceChildren(...dossiers.map((number) => new Option(number, number)));
    const years = docs.map((d) => d[col.year]).filter((y) => y !== null);
    if (years.length) {
      byId("f-from").placeholder = String(Math.min(...years));
      byId("f-to").placeholder = String(Math.max(...years));
    }
    const number = (value) => (value.trim() === "" || Number.isNaN(Number(value)) ? null : Number(value));
    byId("f-dossier").addEventListener("change", (e) => { state.dossier = e.target.value.replace(/\s+/g, ""); update(); });
    select.addEventListener("change", (e) => { state.type = e.target.value; update(); });
    byId("f-from").addEventListener("change", (e) => { state.from = number(e.target.value); update(); });
    byId("f-to").addEventListener("change", (e) => { state.to = number(e.target.value); update(); });
    byId("f-text").addEventListener("change", (e) => { state.text = e.target.value.trim(); update(); });
    byId("f-reset").addEventListener("click", () => {
      for (const id of ["f-dossier", "f-type", "f-from", "f-to", "f-text"]) byId(id).value = "";
      Object.assign(state, { dossier: "", type: "", from: null, to: null, text: "" });
      update();
    });
    byId("p-prev").addEventListener("click", () => { state.page -= 1; drawTable(); });
    byId("p-next").addEventListener("click", () => { state.page += 1; drawTable(); });
    window.addEventListener("hashchange", showLinkedDocument);
    byId("counts").textContent = `${docs.length.toLocaleString("en")} documents, ${data.names.length.toLocaleString("en")} distinct organisations, offices, holders and dossiers mentioned`;
    if (data.errors.length) {
      const errors = byId("errors");
      errors.hidden = false;
      errors.querySelector("summary").textContent = `${data.errors.length} records could not be read (left out)`;
      errors.querySelector("ul").replaceChildren(...data.errors.map(([id, message]) => {
        const item = document.createElement("li");
        item.textContent = id + ": " + message;
        return item;
      }));
    }
  }

  setUp();
  update().then(() => {
    if (location.hash) showLinkedDocument();
    else if (state.selected.length) showDocument(state.selected[0], false);
    document.body.dataset.ready = "true";
  }).catch((error) => {
    document.body.dataset.ready = "error";
    throw error;
  });
})();
