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

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
}

function showDetails(ent) {
  const box = $("details");
  box.replaceChildren();
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
  box.hidden = false;
}

function render(text, result) {
  const chars = Array.from(text);
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
                    title: ent.id ? `${ent.name} (${ent.id})` : `NIL (${ent.type})` };
    const span = ent.id ? el("a", { ...attrs, href: "#", role: "button" }, label) : el("span", attrs, label);
    if (ent.id) span.addEventListener("click", (ev) => { ev.preventDefault(); showDetails(ent); });
    out.append(span);
    pos = ent.end;
  });
  out.append(chars.slice(pos).join(""));
  const body = $("table").querySelector("tbody");
  body.replaceChildren();
  for (const ent of result.entities) {
    body.append(el("tr", {}, el("td", {}, ent.text), el("td", {}, ent.type), el("td", {}, ent.id || "NIL"),
                    el("td", {}, ent.name || ""), el("td", { class: "num" }, ent.score.toFixed(3))));
  }
  $("result-section").hidden = false;
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
  try {
    const resp = await fetch("v1/link", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const data = await resp.json().catch(() => null);
    if (!resp.ok) {
      const msg = data && data.error ? `${data.error.message} (${data.error.code})` : `HTTP ${resp.status}`;
      showError(`The service refused this text: ${msg}`);
      $("status").textContent = "";
      return;
    }
    lastResult = data;
    render(text, data);
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

$("form").addEventListener("submit", link);
$("download").addEventListener("click", download);
