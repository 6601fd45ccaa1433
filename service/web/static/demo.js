// Demo page: POSTs the text to /v1/link and renders the mentions in place. Offsets from
// the API are Unicode code points, so the text is split with Array.from (code points),
// never with String indices (UTF-16 units), or emoji and astral characters shift spans.
"use strict";
const $ = (id) => document.getElementById(id);
let lastResult = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function isRtl(text) {
  const strong = text.match(/[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0590-\u08FF]/g) || [];
  const rtl = strong.filter((c) => /[\u0590-\u08FF]/.test(c)).length;
  return rtl > strong.length / 2;
}

const KEY_STORAGE = "entity-linking-api-key";

function showError(message) {
  // A failed request must not leave the previous text's result on screen (or downloadable).
  lastResult = null;
  $("result-section").hidden = true;
  $("details").hidden = true;
  $("download").disabled = true;
  $("lang-badge").hidden = true;
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
}

// Where an ID can be looked at: Wikidata for QIDs, GeoNames for GeoNames places.
function idHref(ent) {
  const qid = ent.qid || (/^Q[0-9]+$/.test(ent.id || "") ? ent.id : null);
  if (qid) return `https://www.wikidata.org/wiki/${qid}`;
  const gn = ent.geonames || ((ent.id || "").startsWith("gn:") ? ent.id.slice(3) : null);
  return gn ? `https://www.geonames.org/${gn}` : null;
}

function idCell(ent) {
  if (!ent.id) return ent.nil_key ? `NIL ${ent.nil_key}` : "NIL";
  const href = idHref(ent);
  return href ? el("a", { href, target: "_blank", rel: "noopener" }, ent.id) : ent.id;
}

function hideDetails() {
  const box = $("details");
  if (box.hidden) return;
  box.hidden = true;
  if (box.anchor) box.anchor.focus();
}

// The panel opens next to the clicked mention (not below the whole article), takes the
// focus, and closes with Escape or its button, giving the focus back to the mention.
function showDetails(ent, anchor) {
  const box = $("details");
  box.replaceChildren();
  const close = el("button", { type: "button", class: "close", "aria-label": "close" }, "×");
  close.addEventListener("click", hideDetails);
  box.append(close);
  box.append(el("strong", {}, ent.name || ent.text), ` (${ent.type}) `);
  if (ent.qid) {
    box.append(el("a", { href: `https://www.wikidata.org/wiki/${ent.qid}`, target: "_blank", rel: "noopener" }, ent.qid), " ");
  }
  if (ent.geonames) {
    box.append(el("a", { href: `https://www.geonames.org/${ent.geonames}`, target: "_blank", rel: "noopener" }, `GeoNames ${ent.geonames}`), " ");
  }
  box.append(el("div", {}, `ID: ${ent.id || "NIL"} · score ${ent.score.toFixed(3)}`));
  if (ent.candidates && ent.candidates.length) {
    const list = el("ol", { class: "candidates" });
    for (const c of ent.candidates) list.append(el("li", {}, `${c.name} (${c.id}) ${c.score.toFixed(3)}`));
    box.append(el("div", {}, "Top candidates:"), list);
  }
  box.anchor = anchor;
  box.hidden = false;
  const rect = anchor.getBoundingClientRect();
  const width = Math.min(380, document.documentElement.clientWidth - 16);
  box.style.width = `${width}px`;
  box.style.left = `${Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8)) + window.scrollX}px`;
  box.style.top = `${rect.bottom + window.scrollY + 6}px`;
  box.focus();
}

// A colour per nil_key that two or more NIL mentions share: hues spread by the golden angle in
// order of first appearance, so neighbouring keys never look alike.
function keyColours(entities) {
  const counts = new Map();
  for (const ent of entities) if (!ent.id && ent.nil_key) counts.set(ent.nil_key, (counts.get(ent.nil_key) || 0) + 1);
  const colours = new Map();
  for (const [key, n] of counts) if (n > 1) colours.set(key, `hsl(${Math.round(colours.size * 137.5) % 360} 70% 45%)`);
  return colours;
}

function render(text, result) {
  const chars = Array.from(text);
  const colours = keyColours(result.entities);
  const out = $("result");
  out.replaceChildren();
  out.dir = isRtl(text) ? "rtl" : "ltr";
  let pos = 0;
  result.entities.forEach((ent, i) => {
    if (ent.start < pos) return; // overlapping spans cannot be nested in plain text
    out.append(chars.slice(pos, ent.start).join(""));
    const label = chars.slice(ent.start, ent.end).join("");
    const cls = `ent ${ent.type}${ent.id ? "" : " nil"}`;
    const attrs = { class: cls, "data-index": String(i), "data-id": ent.id || "", "data-type": ent.type,
                    title: ent.id ? `${ent.name} (${ent.id})` : `NIL (${ent.nil_key || ent.type})` };
    if (!ent.id && ent.nil_key) attrs["data-nil-key"] = ent.nil_key;
    if (!ent.id && colours.has(ent.nil_key)) {
      attrs["data-key-colour"] = "";
      attrs.style = `--key-colour: ${colours.get(ent.nil_key)}`;
    }
    const span = ent.id ? el("a", { ...attrs, href: "#", role: "button" }, label) : el("span", attrs, label);
    if (ent.id) span.addEventListener("click", (ev) => { ev.preventDefault(); showDetails(ent, span); });
    out.append(span);
    pos = ent.end;
  });
  out.append(chars.slice(pos).join(""));
  const body = $("table").querySelector("tbody");
  body.replaceChildren();
  for (const ent of result.entities) {
    body.append(el("tr", {}, el("td", {}, ent.text), el("td", {}, ent.type), el("td", {}, idCell(ent)),
                    el("td", {}, ent.name || ""), el("td", { class: "num" }, ent.score.toFixed(3))));
  }
  $("result-section").hidden = false;
  // The input shrinks so the result starts within the first screen; it grows back on focus.
  $("text").rows = 4;
  $("result-section").scrollIntoView({ block: "nearest" });
}

function showLanguage(data) {
  const badge = $("lang-badge");
  const unsupported = (data.warnings || []).find((w) => w.code === "language_not_supported");
  badge.textContent = unsupported ? `${data.lang}: not covered by the NER model` : (data.lang || "language unsure");
  badge.className = unsupported ? "badge warn" : "badge";
  badge.title = unsupported ? unsupported.message : "";
  badge.hidden = false;
}

async function link(ev) {
  ev.preventDefault();
  $("error").hidden = true;
  $("details").hidden = true;
  $("status").textContent = "linking…";
  $("link").disabled = true;
  const text = $("text").value;
  const body = { text, candidates: 3 };
  if ($("lang").value) body.lang = $("lang").value;
  const headers = { "Content-Type": "application/json" };
  const key = $("api-key").value.trim();
  if (key) {
    headers["X-API-Key"] = key;
    sessionStorage.setItem(KEY_STORAGE, key);
  }
  try {
    const resp = await fetch("v1/link", { method: "POST", headers, body: JSON.stringify(body) });
    const data = await resp.json().catch(() => null);
    if (!resp.ok) {
      const msg = data && data.error ? `${data.error.message} (${data.error.code})` : `HTTP ${resp.status}`;
      if (resp.status === 401) $("key-field").hidden = false;
      showError(`The service refused this text: ${msg}`);
      $("status").textContent = "";
      return;
    }
    lastResult = { text, ...data };
    render(text, data);
    showLanguage(data);
    $("download").disabled = false;
    const nil = data.entities.filter((e) => !e.id).length;
    $("status").textContent = `${data.entities.length} mentions, ${nil} NIL, language ${data.lang || "?"}`;
  } catch (err) {
    showError(`Could not reach the service: ${err}`);
    $("status").textContent = "";
  } finally {
    $("link").disabled = false;
  }
}

function download() {
  if (!lastResult) return;
  const blob = new Blob([JSON.stringify(lastResult, null, 2)], { type: "application/json" });
  const a = el("a", { href: URL.createObjectURL(blob), download: "entities.json" });
  document.body.append(a);
  a.click();
  a.remove();
}

async function setUp() {
  $("api-key").value = sessionStorage.getItem(KEY_STORAGE) || "";
  try {
    const ready = await (await fetch("readyz")).json();
    if (ready.api_key_required) $("key-field").hidden = false;
  } catch (err) { /* the first Link click says what is wrong */ }
}

$("form").addEventListener("submit", link);
$("download").addEventListener("click", download);
$("text").addEventListener("focus", () => { $("text").rows = 12; });
document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") hideDetails(); });
setUp();
