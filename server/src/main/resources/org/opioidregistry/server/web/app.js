// The reviewers' page. Every value from the server is put into the page as text (textContent,
// attribute values through setAttribute), never as markup: a name imported from a file cannot run.
"use strict";

const MEANING = {
  LISTED: "The standardised structure is a registered controlled substance (or a salt of one).",
  LISTED_ISOMER: "Same connectivity as a listed substance: other or unspecified stereochemistry, or other isotopes.",
  LISTED_CANDIDATES: "Listed substances have this formula, mass or name; the structure decides which, if any.",
  COVERED_BY_CLASS_DEFINITION: "A generic (class-wide) definition's wording, as implemented, covers the structure.",
  SIMILAR_TO_LISTED: "Not listed or covered, but structurally similar to listed substances.",
  NO_LISTED_MATCH: "Nothing in this registry: national laws and newer listings may still apply.",
};

const $ = (id) => document.getElementById(id);

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== "" && v !== null && v !== undefined) search.append(k, v);
  }
  return search.toString();
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body.message || response.statusText);
    error.record = body;
    throw error;
  }
  return body;
}

const state = { smiles: null, similarTimer: null, similarGeneration: 0, depictGeneration: 0 };

function settings() {
  return {
    threshold: $("threshold").value,
    top: $("top").value,
    class: $("class-filter").value,
    jurisdiction: $("jurisdiction-filter").value,
    smarts: $("highlight-smarts").value.trim(),
  };
}

/** The depiction's highlight: the SMARTS given, else the class-definition sites. */
function highlight(s) {
  return s.smarts ? { highlight: "substructure", smarts: s.smarts } : { highlight: "classdef" };
}

/** Draws the query's picture with its highlight; the server's X-Depiction says what was drawn. */
async function depict(smiles) {
  const generation = ++state.depictGeneration;
  const note = $("depiction-note");
  let response;
  try {
    response = await fetch("/api/depict?" + query({ q: smiles, ...highlight(settings()) }));
  } catch (e) {
    note.textContent = "no picture: " + e.message;
    return;
  }
  if (generation !== state.depictGeneration) return;
  if (!response.ok) {
    const record = await response.json().catch(() => ({ reason: "ERROR", message: response.statusText }));
    note.textContent = `no highlight: ${record.reason}: ${record.message}`;
    $("depiction").src = "/api/depict?" + query({ q: smiles });
    return;
  }
  const svg = await response.text();
  if (generation !== state.depictGeneration) return;
  // As a data: URL in an <img>: an SVG drawn there runs nothing.
  $("depiction").src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  note.textContent = describe(response.headers.get("X-Depiction") || "structure");
}

function describe(what) {
  const parts = Object.fromEntries(what.split(";").slice(1).map((p) => p.trim().split("=")));
  if (what.startsWith("classdef")) return `Sites changed under ${parts.definition}, by clause, beside ${parts.compared}`;
  if (what === "substructure") return "Atoms matched by the SMARTS highlighted";
  if (what.includes("substructure not found")) return "The SMARTS does not match: structure alone";
  return "Structure alone (no class-wide definition covers it)";
}

function showError(record) {
  const box = $("error");
  const where = record.position === null || record.position === undefined ? "" : ` (at position ${record.position})`;
  box.textContent = `${record.reason}: ${record.message}${where}`;
  box.hidden = false;
}

/** The identify request: the query, the similarity settings and the filters. */
function identifyBody(text) {
  const s = settings();
  const body = { query: text, threshold: Number(s.threshold), top: Number(s.top) };
  if (s.class) body.class = s.class;
  if (s.jurisdiction) body.jurisdiction = s.jurisdiction;
  return body;
}

async function identify(text) {
  $("result").hidden = false;
  $("error").hidden = true;
  $("answer").hidden = true;
  clear($("similar"));
  $("similar-note").textContent = "";
  state.smiles = null;
  let id;
  try {
    id = await api("/api/identify", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(identifyBody(text)),
    });
  } catch (e) {
    showError(e.record || { reason: "ERROR", message: e.message });
    return;
  }
  render(id);
  state.smiles = id.structure ? id.structure.smiles : null;
  await refreshSimilar();
}

function render(id) {
  $("answer").hidden = false;
  const verdict = $("verdict");
  verdict.textContent = id.verdict;
  verdict.className = id.verdict;
  $("verdict-meaning").textContent = MEANING[id.verdict] || "";
  const facts = clear($("facts"));
  const fact = (k, v) => { if (v !== undefined && v !== null && v !== "") facts.append(el("dt", {}, k), el("dd", {}, v)); };
  fact("query", id.query);
  fact("detected as", id.detectedAs);
  if (id.structure) {
    fact("structure", id.structure.smiles);
    fact("InChIKey", id.structure.inchiKey);
    fact("formula", `${id.structure.formula} (monoisotopic mass ${Number(id.structure.monoisotopicMass).toFixed(4)})`);
    const removed = (id.structure.standardization && id.structure.standardization.removed) || [];
    if (removed.length) fact("removed", removed.map((f) => f.name).join(", "));
    $("depiction").hidden = false;
    depict(id.structure.smiles);
  } else {
    $("depiction").removeAttribute("src");
    $("depiction").hidden = true;
    $("depiction-note").textContent = "";
  }
  $("report-query").value = id.query;

  const listed = clear($("listed"));
  for (const m of id.listed || []) {
    listed.append(el("li", {}, el("strong", {}, m.name), ` (${m.id}), ${m.relation}: `, controls(m)));
  }
  if (!listed.firstChild) listed.append(el("li", { class: "muted" }, "none"));

  const clauses = clear($("clauses"));
  for (const d of id.classDefinitions || []) {
    const item = el("li", { class: "definition " + d.coverage },
      el("strong", {}, `${d.id} (${d.jurisdiction})`), `: ${d.coverage}`,
      d.wordingVerified ? "" : " (wording unverified)");
    if (d.clauses && d.clauses.length) item.append(`; clauses ${d.clauses.join(", ")}`);
    const changes = (d.changes || []).map((c) => `${c.clause}: ${c.from} → ${c.to}`);
    if (changes.length) item.append(el("div", { class: "changes" }, changes.join("; ")));
    if (d.summary) item.append(el("div", { class: "muted" }, d.summary));
    clauses.append(item);
  }
  if (!clauses.firstChild) clauses.append(el("li", { class: "muted" }, "not evaluated"));

  const names = clear($("names"));
  for (const n of id.names || []) {
    names.append(el("li", {}, el("strong", {}, n.name), ` (${n.id}): matched “${n.matched}”, ${n.kind}, ${n.explanation}`));
  }
  if (!names.firstChild) names.append(el("li", { class: "muted" }, "none"));
  const warnings = clear($("warnings"));
  for (const w of id.warnings || []) warnings.append(el("li", {}, String(w.message || w)));
  if (!warnings.firstChild) warnings.append(el("li", { class: "muted" }, "none"));
}

function controls(substance) {
  const list = substance.controls || [];
  if (!list.length) return "not controlled in this registry";
  return list.map((c) => `${c.jurisdiction} ${c.schedule}${c.since ? " since " + c.since : ""}${c.certainty === "VERIFIED" ? "" : " (" + String(c.certainty).toLowerCase() + ")"}`).join("; ");
}

async function refreshSimilar() {
  if (!state.smiles) {
    $("similar-note").textContent = "No structure to compare.";
    return;
  }
  const generation = ++state.similarGeneration;
  const s = settings();
  const limit = Math.max(1, Number(s.top) || 10);
  const filtered = s.class || s.jurisdiction;
  let body;
  try {
    // The server filters (class, jurisdiction); the verdict it reports is the whole registry's.
    body = await api("/api/similar?" + query({
      q: state.smiles, threshold: s.threshold, top: limit, class: s.class, jurisdiction: s.jurisdiction,
    }));
  } catch (e) {
    showError(e.record || { reason: "ERROR", message: e.message });
    return;
  }
  if (generation !== state.similarGeneration) return; // a newer request is on its way
  const shown = body.similar;
  const picture = (id) => "/api/depict?" + query(s.smarts ? { id, highlight: "substructure", smarts: s.smarts } : { id });
  const list = clear($("similar"));
  for (const m of shown) {
    list.append(el("li", { "data-id": m.id, "data-class": m.class },
      el("img", { src: picture(m.id), alt: "structure of " + m.name, loading: "lazy" }),
      el("div", {}, el("a", { href: "/api/substances/" + encodeURIComponent(m.id), target: "_blank", rel: "noopener" }, m.name)),
      el("div", {}, el("span", { class: "score" }, Number(m.score).toFixed(2)), ` ${m.metric} ${m.fingerprint}`),
      el("div", { class: "muted" }, controls(m))));
  }
  const settingsUsed = body.settings || {};
  $("similar-note").textContent =
    `${shown.length} at similarity ≥ ${Number(settingsUsed.similarityThreshold).toFixed(2)}` +
    ` (${settingsUsed.fingerprint}), at most ${limit}` + (filtered ? ", filtered" : "");
}

function refreshSimilarSoon() {
  $("threshold-value").textContent = Number($("threshold").value).toFixed(2);
  clearTimeout(state.similarTimer);
  state.similarTimer = setTimeout(refreshSimilar, 150);
}

let suggestTimer = null;
function suggest() {
  clearTimeout(suggestTimer);
  const text = $("query").value.trim();
  const box = $("suggestions");
  if (text.length < 3 || /[=()#\[\]@\\\/0-9]/.test(text) && !/[a-z]{4}/i.test(text)) {
    box.hidden = true;
    return;
  }
  suggestTimer = setTimeout(async () => {
    let body;
    try {
      body = await api("/api/names?" + query({ q: text }));
    } catch (e) {
      box.hidden = true;
      return;
    }
    clear(box);
    for (const m of body.names || []) {
      const item = el("li", { role: "option" }, m.name, el("span", { class: "muted" }, ` ${m.matched !== m.name ? "(" + m.matched + ")" : ""}`));
      item.addEventListener("click", () => { $("query").value = m.name; box.hidden = true; identify(m.name); });
      box.append(item);
    }
    box.hidden = !box.firstChild;
  }, 200);
}

/** The editor in its frame (same origin), once JSME has started there. */
function editor() {
  const frame = $("editor");
  return frame && frame.contentWindow ? frame.contentWindow.editor : null;
}

document.addEventListener("DOMContentLoaded", () => {
  $("query-form").addEventListener("submit", (e) => {
    e.preventDefault();
    $("suggestions").hidden = true;
    const text = $("query").value.trim();
    if (text) identify(text);
  });
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("query-form").requestSubmit(); }
  });
  $("query").addEventListener("input", suggest);
  $("use-drawing").addEventListener("click", () => {
    const drawing = editor();
    if (!drawing) return;
    const smiles = drawing.smiles();
    if (smiles) { $("query").value = smiles; identify(smiles); }
  });
  for (const id of ["threshold", "top", "class-filter", "jurisdiction-filter"]) {
    $(id).addEventListener("input", refreshSimilarSoon);
    $(id).addEventListener("change", refreshSimilarSoon);
  }
  $("highlight-smarts").addEventListener("change", () => {
    if (state.smiles) depict(state.smiles);
    refreshSimilarSoon();
  });
});
