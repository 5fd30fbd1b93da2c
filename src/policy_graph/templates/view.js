(function () {
  "use strict";
  // Everything shown from the data goes through textContent, never HTML parsing: labels and quotes stay text.
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var details = data.details, edgeDetails = data.edgeDetails, kinds = data.kinds;
  var ids = Object.keys(details);
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.network = network;

  // window.viewTiming.stable: ms from navigation start to the first frame drawn with physics off.
  var timing = window.viewTiming = { stable: null };
  function markStable() {
    network.once("afterDrawing", function () { if (timing.stable === null) { timing.stable = performance.now(); } });
    network.redraw();
  }

  var $ = function (id) { return document.getElementById(id); };
  var animation = ids.length <= 1000 ? { duration: 400, easingFunction: "easeInOutQuad" } : false;
  var panel = $("panel"), hint = panel.firstElementChild.cloneNode(true), progress = $("progress");
  var card = $("hovercard"), physicsBox = $("physics"), focusButton = $("focus"), depthSelect = $("depth");
  var themeSelect = $("theme-filter"), shownLine = $("shown");
  var neighbours = {};
  ids.forEach(function (id) { neighbours[id] = []; });
  data.edges.forEach(function (e) { neighbours[e.from].push(e.to); neighbours[e.to].push(e.from); });

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function kindLine(kind) {
    var k = kinds[kind] || { zh: kind, en: kind, color: "#9aa5b1" };
    var line = el("span", null, "kind"), swatch = el("span", null, "swatch");
    swatch.style.background = k.color;
    line.appendChild(swatch);
    line.appendChild(el("span", k.zh + " · " + k.en));
    return line;
  }

  function where(q) {
    var at = q[2] === null || q[2] === undefined ? "" : ":" + q[2] + "\u2013" + (q[3] === null || q[3] === undefined ? "?" : q[3]);
    return (q[1] || "?") + at;
  }

  function readableIri(iri) {
    try { return decodeURI(iri); } catch (error) { return iri; }
  }

  function nodeButton(id) {
    var button = el("button", (details[id] || {}).label || id);
    button.type = "button";
    button.addEventListener("click", function () { selectNode(id, true); });
    return button;
  }

  function showNode(id) {
    var d = details[id];
    if (!d) { return; }
    var parts = [kindLine(d.kind), el("h2", d.label)];
    if (d.labelEn) { parts.push(el("p", d.labelEn, "en")); }
    parts.push(el("div", readableIri(id), "iri"));
    var actions = el("div", null, "actions"), here = el("button", "聚焦邻域 Focus here", "button quiet");
    here.type = "button";
    here.addEventListener("click", function () { focusOn(id); });
    actions.appendChild(here);
    parts.push(actions);
    if (d.facts.length) {
      parts.push(el("h3", "属性与数值 Facts"));
      var dl = el("dl");
      d.facts.forEach(function (fact) { dl.appendChild(el("dt", fact[0])); dl.appendChild(el("dd", fact[1])); });
      parts.push(dl);
    }
    if (d.quotes.length) {
      parts.push(el("h3", "原文 Quotes (" + d.quotes.length + ")"));
      d.quotes.forEach(function (q) {
        var block = el("blockquote", q[0]);
        block.appendChild(el("cite", where(q)));
        parts.push(block);
      });
    }
    var connected = network.getConnectedEdges(id);
    if (connected.length) {
      parts.push(el("h3", "关系 Relations (" + connected.length + ")"));
      var list = el("ul", null, "relations");
      edges.get(connected.slice(0, 300)).forEach(function (edge) {
        var item = el("li"), outgoing = edge.from === id;
        item.appendChild(el("span", (outgoing ? "→ " : "← ") + edge.label + " ", "pred"));
        item.appendChild(nodeButton(outgoing ? edge.to : edge.from));
        list.appendChild(item);
      });
      if (connected.length > 300) { list.appendChild(el("li", "… " + (connected.length - 300))); }
      parts.push(list);
    }
    panel.replaceChildren.apply(panel, parts);
  }

  function showEdge(edgeId) {
    var edge = edges.get(edgeId);
    if (!edge) { return; }
    var extra = edgeDetails[edgeId] || {};
    var parts = [el("span", "关系 · Relation", "kind"), el("h2", edge.label)];
    if (extra.labelEn && extra.labelEn !== edge.label) { parts.push(el("p", extra.labelEn, "en")); }
    parts.push(el("div", extra.predicate, "iri"));
    if (extra.observations) { parts.push(el("p", extra.observations + " 个观测值 observations", "en")); }
    var list = el("ul", null, "relations");
    var from = el("li"), to = el("li");
    from.appendChild(el("span", "从 from ", "pred")); from.appendChild(nodeButton(edge.from));
    to.appendChild(el("span", "到 to ", "pred")); to.appendChild(nodeButton(edge.to));
    list.appendChild(from); list.appendChild(to);
    parts.push(el("h3", "两端 Ends"), list);
    panel.replaceChildren.apply(panel, parts);
  }

  // Hover cards: a short preview next to the pointer.
  function showCard(parts, pointer) {
    card.replaceChildren.apply(card, parts);
    card.hidden = false;
    var box = container.getBoundingClientRect();
    var x = Math.min(pointer.DOM.x + 14, box.width - card.offsetWidth - 8);
    var y = Math.min(pointer.DOM.y + 14, box.height - card.offsetHeight - 8);
    card.style.left = Math.max(4, x) + "px";
    card.style.top = Math.max(4, y) + "px";
  }
  network.on("hoverNode", function (params) {
    var d = details[params.node];
    if (!d) { return; }
    var parts = [kindLine(d.kind), el("strong", d.label)];
    d.facts.slice(0, 4).forEach(function (f) { parts.push(el("div", f[0] + "：" + f[1], "fact")); });
    if (d.facts.length > 4) { parts.push(el("div", "… +" + (d.facts.length - 4), "fact")); }
    if (d.quotes.length) {
      var q = el("q", d.quotes[0][0]);
      parts.push(q, el("div", where(d.quotes[0]), "fact"));
    }
    showCard(parts, params.pointer);
  });
  network.on("hoverEdge", function (params) {
    var edge = edges.get(params.edge), extra = edgeDetails[params.edge] || {};
    if (!edge) { return; }
    var parts = [el("span", "关系 · Relation", "kind"), el("strong", edge.label)];
    if (extra.labelEn && extra.labelEn !== edge.label) { parts.push(el("div", extra.labelEn, "fact")); }
    parts.push(el("div", (details[edge.from] || {}).label + " → " + (details[edge.to] || {}).label, "fact"));
    showCard(parts, params.pointer);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) {
    network.on(name, function () { card.hidden = true; });
  });
  container.addEventListener("mouseleave", function () { card.hidden = true; });

  // Selection, search and focus.
  var selected = null;
  function selectNode(id, move) {
    if (!nodes.get(id)) { return; }
    if (hiddenNow[id]) { nodes.update({ id: id, hidden: false }); hiddenNow[id] = false; }
    selected = id;
    focusButton.disabled = false;
    network.selectNodes([id]);
    if (move) { network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: animation }); }
    showNode(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) { selectNode(params.nodes[0], false); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else { selected = null; focusButton.disabled = true; panel.replaceChildren(hint.cloneNode(true)); }
  });

  var input = $("search"), status = $("search-status"), datalist = $("search-labels");
  var seen = {};
  ids.map(function (id) { return details[id].label; }).sort().slice(0, 5000).forEach(function (label) {
    if (seen[label]) { return; }
    seen[label] = true;
    var option = document.createElement("option");
    option.value = label;
    datalist.appendChild(option);
  });
  var lastQuery = null, matches = [], position = 0;
  $("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value.trim().toLowerCase();
    if (!query) { status.textContent = ""; return; }
    if (query !== lastQuery) {
      lastQuery = query;
      position = 0;
      matches = ids.filter(function (id) {
        var d = details[id];
        return String(d.label).toLowerCase().indexOf(query) >= 0 ||
          (d.labelEn && String(d.labelEn).toLowerCase().indexOf(query) >= 0);
      });
      matches.sort(function (a, b) {
        var la = String(details[a].label).toLowerCase(), lb = String(details[b].label).toLowerCase();
        return (lb === query) - (la === query) || la.length - lb.length || (a < b ? -1 : a > b ? 1 : 0);
      });
    } else {
      position = (position + 1) % Math.max(matches.length, 1);
    }
    if (!matches.length) { status.textContent = "未找到 not found"; return; }
    status.textContent = (position + 1) + " / " + matches.length;
    selectNode(matches[position], true);
  });

  // Filters: hidden types (legend), one theme, a focus neighbourhood; a node shows when all let it.
  var hiddenKinds = {}, focusSet = null, hiddenNow = {};
  function applyFilters() {
    var theme = themeSelect.value, changes = [], shown = 0;
    ids.forEach(function (id) {
      var d = details[id];
      var visible = !hiddenKinds[d.kind] && (!theme || d.themes.indexOf(theme) >= 0) && (!focusSet || !!focusSet[id]);
      if (visible) { shown += 1; }
      if (!!hiddenNow[id] === visible) { changes.push({ id: id, hidden: !visible }); hiddenNow[id] = !visible; }
    });
    if (changes.length) { nodes.update(changes); }
    shownLine.textContent = "显示 " + shown + " / " + ids.length + " shown";
  }
  function focusOn(id) {
    var depth = parseInt(depthSelect.value, 10) || 1, frontier = [id];
    focusSet = {};
    focusSet[id] = true;
    for (var step = 0; step < depth; step += 1) {
      var next = [];
      frontier.forEach(function (n) {
        neighbours[n].forEach(function (m) { if (!focusSet[m]) { focusSet[m] = true; next.push(m); } });
      });
      frontier = next;
    }
    applyFilters();
    selectNode(id, false);
    network.fit({ nodes: Object.keys(focusSet), animation: animation });
  }
  focusButton.addEventListener("click", function () { if (selected) { focusOn(selected); } });
  depthSelect.addEventListener("change", function () { if (focusSet && selected) { focusOn(selected); } });
  themeSelect.addEventListener("change", applyFilters);
  Array.prototype.forEach.call(document.querySelectorAll("#legend button"), function (button) {
    button.addEventListener("click", function () {
      var shown = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", shown ? "true" : "false");
      hiddenKinds[button.getAttribute("data-kind")] = !shown;
      applyFilters();
    });
  });

  $("reset").addEventListener("click", function () {
    hiddenKinds = {};
    focusSet = null;
    themeSelect.value = "";
    input.value = "";
    status.textContent = "";
    lastQuery = null;
    Array.prototype.forEach.call(document.querySelectorAll("#legend button"), function (b) {
      b.setAttribute("aria-pressed", "true");
    });
    applyFilters();
    selected = null;
    focusButton.disabled = true;
    network.unselectAll();
    panel.replaceChildren(hint.cloneNode(true));
    network.fit({ animation: animation });
  });

  physicsBox.checked = data.options.physics.enabled;
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });

  applyFilters();
  function ready() {
    if (data.focus && details[data.focus]) { selectNode(data.focus, false); }
    markStable();
  }
  if (data.options.physics.enabled && ids.length) {
    progress.hidden = false;
    network.on("stabilizationProgress", function (params) {
      progress.textContent = "正在布局… " + Math.round(100 * params.iterations / params.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      physicsBox.checked = false;
      progress.hidden = true;
      ready();
    });
  } else {
    network.fit();
    ready();
  }
})();
