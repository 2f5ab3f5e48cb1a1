// The query page: named queries as examples, results as a table, downloads,
// and the partner-network picture. Talks only to the server that sent it.
"use strict";

const RESULT_TYPES = "application/sparql-results+json, text/turtle;q=0.9";
const state = { library: new Map(), actors: [] };
const $ = (id) => document.getElementById(id);

function selectedExample() {
  return state.library.get($("examples").value) || null;
}

// An unedited named query runs on /queries/NAME with its parameters bound by
// the server; anything else is plain SPARQL posted to /sparql.
function buildRequest(format) {
  const example = selectedExample();
  const text = $("editor").value;
  if (example && text === example.text) {
    const params = new URLSearchParams();
    for (const input of $("params").querySelectorAll("input")) {
      if (input.value.trim()) params.set(input.name, input.value.trim());
    }
    if (format) params.set("format", format);
    return { url: `/queries/${encodeURIComponent(example.name)}?${params}`, init: {} };
  }
  const body = new URLSearchParams({ query: text });
  if (format) body.set("format", format);
  return { url: "/sparql", init: { method: "POST", body } };
}

async function send(format) {
  const { url, init } = buildRequest(format);
  init.headers = { Accept: format ? "*/*" : RESULT_TYPES };
  return fetch(url, init);
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  td.textContent = term.type === "triple" ? JSON.stringify(term.value) : term.value;
  if (term.type === "uri") td.className = "iri";
  if (term.datatype) td.title = term.datatype;
  if (term["xml:lang"]) td.title = `@${term["xml:lang"]}`;
  return td;
}

function renderTable(results) {
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const name of results.head.vars) {
    const th = document.createElement("th");
    th.textContent = name;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const binding of results.results.bindings) {
    const row = body.insertRow();
    for (const name of results.head.vars) row.appendChild(cell(binding[name]));
  }
  return table;
}

function show(node) {
  $("results").replaceChildren(node);
}

async function run() {
  const started = performance.now();
  $("status").textContent = "Running…";
  $("status").className = "";
  let response;
  try {
    response = await send(null);
  } catch (error) {
    $("status").textContent = `Could not reach the server: ${error}`;
    $("status").className = "error";
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    $("status").textContent = `Error ${response.status}: ${(await response.text()).trim()}`;
    $("status").className = "error";
    show(document.createTextNode(""));
    return;
  }
  let note = "";
  if (response.headers.get("X-Result-Truncated")) {
    note = ` (cut at the server's limit of ${response.headers.get("X-Result-Row-Limit")} rows)`;
  }
  if (type.startsWith("application/sparql-results+json")) {
    const results = await response.json();
    if ("boolean" in results) {
      $("status").textContent = `Answer: ${results.boolean} · ${seconds} s`;
      const answer = document.createElement("p");
      answer.className = "boolean";
      answer.textContent = String(results.boolean);
      show(answer);
      return;
    }
    const count = results.results.bindings.length;
    $("status").textContent = `${count} row${count === 1 ? "" : "s"}${note} · ${seconds} s`;
    show(renderTable(results));
  } else {
    const pre = document.createElement("pre");
    pre.textContent = await response.text();
    $("status").textContent = `Graph result${note} · ${seconds} s`;
    show(pre);
  }
}

async function download(format) {
  const response = await send(format);
  if (!response.ok) {
    $("status").textContent = `Error ${response.status}: ${(await response.text()).trim()}`;
    $("status").className = "error";
    return;
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = `${selectedExample()?.name || "query"}.${format}`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function showParameters(example) {
  const box = $("params");
  box.replaceChildren();
  if (!example) return;
  for (const parameter of example.parameters) {
    const row = document.createElement("div");
    row.className = "row";
    const label = document.createElement("label");
    label.htmlFor = `param-${parameter.name}`;
    label.textContent = parameter.name + (parameter.required ? " *" : "");
    const input = document.createElement("input");
    input.id = `param-${parameter.name}`;
    input.name = parameter.name;
    input.placeholder = parameter.description || parameter.kind;
    if (parameter.kind === "actor") {
      input.setAttribute("list", "actor-names");
      input.value = state.actors.includes("Mozambique") ? "Mozambique" : "";
    }
    row.append(label, input);
    box.appendChild(row);
  }
}

function chooseExample() {
  const example = selectedExample();
  $("example-summary").textContent = example ? example.summary : "";
  if (example) $("editor").value = example.text;
  showParameters(example);
}

function markEdited() {
  const example = selectedExample();
  const edited = example && $("editor").value !== example.text;
  $("params").hidden = Boolean(edited);
  $("example-summary").textContent = edited
    ? "Edited: runs as your own query (parameters are not applied)."
    : (example ? example.summary : "");
}

function showNetwork() {
  const country = $("country").value;
  if (!country) return;
  $("network").alt = `Defence partners of ${country}`;
  $("network").src = `/network.png?country=${encodeURIComponent(country)}`;
}

async function loadLibrary() {
  const library = await (await fetch("/queries")).json();
  for (const query of library) {
    state.library.set(query.name, query);
    const option = new Option(query.name, query.name);
    $("examples").add(option);
  }
  $("examples").value = state.library.has("ties") ? "ties" : library[0]?.name || "";
  chooseExample();
}

async function loadActors() {
  const response = await fetch("/actors");
  state.actors = response.ok ? await response.json() : [];
  const names = document.createElement("datalist");
  names.id = "actor-names";
  for (const name of state.actors) {
    names.appendChild(new Option(name));
    $("country").add(new Option(name));
  }
  document.body.appendChild(names);
  if (state.actors.includes("Mozambique")) $("country").value = "Mozambique";
  showNetwork();
}

async function start() {
  $("endpoint").textContent = new URL("/sparql", window.location.href).href;
  $("examples").addEventListener("change", chooseExample);
  $("editor").addEventListener("input", markEdited);
  $("editor").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  $("run").addEventListener("click", run);
  $("download-csv").addEventListener("click", () => download("csv"));
  $("download-json").addEventListener("click", () => download("json"));
  $("country").addEventListener("change", showNetwork);
  await loadActors();
  await loadLibrary();
  document.body.dataset.ready = "true";
}

start();
