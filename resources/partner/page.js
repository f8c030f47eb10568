// The partner's own screen. Connects to Belonging on this network, proves it holds the secret
// in the address's fragment (never sent), and from then on every message both ways is sealed
// with NaCl secretbox. It shows what the shared screen shows, and holds the partner's own
// Pause, "Too much?", private answers and notes. The notes stay in this browser: no message
// ever carries them.
(function () {
  "use strict";

  var KEY_LABEL = "belonging partner screen 1";
  var PAGE_MESSAGE_BYTES = 512;
  var CLOSE = { taken: 4001, unproven: 4002, tooFast: 4003, replaced: 4004, ended: 4005 };
  var STRINGS = JSON.parse(document.getElementById("strings").textContent);
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  // --- words -------------------------------------------------------------------------------

  function t(key, values) {
    var text = STRINGS[key] || key;
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && values[name] !== undefined && values[name] !== null
        ? String(values[name]) : whole;
    });
  }

  function $(id) { return document.getElementById(id); }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "className") node.className = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // --- the secret, the key and this device -------------------------------------------------

  var BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

  function fromBase32(text) {
    var clean = text.toLowerCase().replace(/[^a-z2-7]/g, "");
    var bits = 0, value = 0, out = [];
    for (var i = 0; i < clean.length; i++) {
      value = (value << 5) | BASE32.indexOf(clean[i]);
      bits += 5;
      if (bits >= 8) { out.push((value >>> (bits - 8)) & 255); bits -= 8; }
    }
    return new Uint8Array(out);
  }

  function toBase32(bytes) {
    var bits = 0, value = 0, out = "";
    for (var i = 0; i < bytes.length; i++) {
      value = (value << 8) | bytes[i];
      bits += 8;
      while (bits >= 5) { out += BASE32[(value >>> (bits - 5)) & 31]; bits -= 5; }
    }
    if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
    return out;
  }

  function store(kind) {
    try { var s = window[kind]; s.setItem("belonging.probe", "1"); s.removeItem("belonging.probe"); return s; }
    catch (error) { return null; }
  }
  var local = store("localStorage");
  var session = store("sessionStorage");
  var memory = {};
  function read(storage, key) { return storage ? storage.getItem(key) : (memory[key] || null); }
  function write(storage, key, value) {
    if (storage) storage.setItem(key, value); else memory[key] = value;
  }

  var token = location.pathname.split("/").pop();
  // The secret is read from the fragment, kept for this tab only (a reload still works), and
  // taken out of the address bar, so it is not left in view or in the browser's history.
  var secretText = location.hash.replace(/^#/, "");
  if (secretText) {
    write(session, "belonging.secret." + token, secretText);
    history.replaceState(null, "", location.pathname);
  } else {
    secretText = read(session, "belonging.secret." + token) || "";
  }
  var secret = fromBase32(secretText);
  var device = read(local, "belonging.device");
  if (!device || fromBase32(device).length !== 16) {
    device = toBase32(nacl.randomBytes(16));
    write(local, "belonging.device", device);
  }

  var key = null;
  if (secret.length === 16) {
    var label = encoder.encode(KEY_LABEL);
    var material = new Uint8Array(label.length + secret.length);
    material.set(label);
    material.set(secret, label.length);
    key = nacl.hash(material).subarray(0, 32);
  }

  // --- sealing -------------------------------------------------------------------------------

  function seal(message) {
    var data = encoder.encode(JSON.stringify(message));
    if (data.length > PAGE_MESSAGE_BYTES) throw new Error("message too long");
    var padded = new Uint8Array(PAGE_MESSAGE_BYTES).fill(32);
    padded.set(data);
    var nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
    var box = nacl.secretbox(padded, nonce, key);
    var frame = new Uint8Array(nonce.length + box.length);
    frame.set(nonce);
    frame.set(box, nonce.length);
    return frame;
  }

  function open(frame) {
    var bytes = new Uint8Array(frame);
    var size = nacl.secretbox.nonceLength;
    if (bytes.length <= size + nacl.secretbox.overheadLength) return null;
    var plain = nacl.secretbox.open(bytes.subarray(size), bytes.subarray(0, size), key);
    if (!plain) return null;
    try { return JSON.parse(decoder.decode(plain)); } catch (error) { return null; }
  }

  // --- the connection ------------------------------------------------------------------------

  var socket = null;
  var challenge = null;
  var sent = 0;
  var received = 0;
  var retry = 0;
  var finished = false;
  var state = null;

  function connect() {
    if (finished) return;
    link(t(state ? "reconnecting" : "connecting"));
    socket = new WebSocket("ws://" + location.host + "/ws");
    socket.binaryType = "arraybuffer";
    challenge = null;
    sent = 0;
    received = 0;
    socket.onmessage = function (event) {
      if (!(event.data instanceof ArrayBuffer)) return;
      if (challenge === null) {
        challenge = toBase32(new Uint8Array(event.data));
        send({ t: "hello", token: token, device: device });
        return;
      }
      var message = open(event.data);
      if (!message || message.c !== challenge || message.n !== received + 1) {
        socket.close();
        return;
      }
      received = message.n;
      retry = 0;
      if (message.t === "refused") {
        finish("refused_title", "refused_text");
      } else if (message.t === "state") {
        link(t("connected", { other: message.other }));
        show(message);
      }
    };
    socket.onclose = function (event) {
      socket = null;
      if (finished) return;
      if (event.code === CLOSE.taken) { finish("refused_title", "refused_text"); return; }
      if (event.code === CLOSE.replaced) { finish("replaced_title", "replaced_text"); return; }
      if (state && state.stage === "ended") { finished = true; link(""); return; }
      retry += 1;
      link(t(state ? "reconnecting" : "connecting"));
      setTimeout(connect, Math.min(10000, 500 * Math.pow(2, Math.min(retry, 5))));
    };
  }

  function send(message) {
    if (!socket || socket.readyState !== WebSocket.OPEN || challenge === null) return false;
    sent += 1;
    message.c = challenge;
    message.n = sent;
    socket.send(seal(message));
    return true;
  }

  function link(text) { $("link").textContent = text; }

  function finish(title, text) {
    finished = true;
    link("");
    notice(t(title), t(text));
    $("talk").hidden = true;
    $("question").hidden = true;
    $("read-back").hidden = true;
  }

  function notice(title, text) {
    $("notice-title").textContent = title;
    $("notice-text").textContent = text;
    $("notice").hidden = !title;
  }

  // --- what the page shows -------------------------------------------------------------------

  // Why the page ended, as the app says it, to the words that say so.
  var ENDINGS = { over: "ended_over", off: "ended_off", closed: "ended_closed" };
  var shownPrompt = null;
  var shownQuestion = null;

  function show(next) {
    state = next;
    var stage = next.stage;
    if (stage === "ended") {
      finished = true;
      link("");
      notice(t("ended_title", next), t(ENDINGS[next.ended] || "ended_off", next));
    } else if (stage === "opening" && !next.question) {
      notice(t("hello", next), t("waiting_text", next));
    } else if (stage === "paused") {
      notice(t("paused_title"), t("paused_text"));
    } else if (next.held) {
      notice(t("held_title"), t("held_text"));
    } else if (stage === "crossroads" && !next.question) {
      notice(t(crossroadsTitle(next)), t("crossroads_elsewhere", next));
    } else {
      notice("", "");
    }
    showTalk(next);
    showQuestion(next);
    showReadBack(next);
    $("notes-intro").textContent = t("notes_intro", next);
  }

  function showTalk(next) {
    var talking = next.stage === "prompt" || next.stage === "paused" || next.stage === "wrap_up";
    $("talk").hidden = !talking;
    if (!talking) return;
    $("level").textContent = next.stage === "wrap_up" ? t("closing_label") : t("level", next.level);
    var prompt = next.prompt;
    var words = "";
    if (prompt) words = prompt.default_closing ? t("default_closing") : prompt.text;
    if (words !== shownPrompt) {
      shownPrompt = words;
      $("prompt").textContent = words;
    }
    $("prompt-card").hidden = !prompt;
    $("lighter").hidden = !(prompt && prompt.lighter);
    $("lighter").textContent = t("lighter");
    var turn = next.turn;
    $("turn").textContent = !turn ? "" : turn.second === null ? t("turn_one", turn)
      : turn.leader_rule ? t("turn_rule", turn) : t("turn_both", turn);
    var paused = next.stage === "paused";
    $("controls").hidden = next.stage === "wrap_up";
    $("too-much-hint").hidden = next.stage === "wrap_up";
    $("pause").textContent = t(paused ? "resume" : "pause");
    $("pause").disabled = !(paused ? next.can.resume : next.can.pause);
    $("pause").className = "big" + (paused ? " primary" : "");
    $("too-much").textContent = t("too_much");
    $("too-much").hidden = paused;
    $("too-much").disabled = !next.can.too_much;
    $("too-much-hint").textContent = t("too_much_hint");
  }

  function crossroadsTitle(next) {
    var reason = next.crossroads && next.crossroads.reason;
    return reason === "nothing_left" ? "crossroads_title_nothing"
      : reason === "asked" ? "crossroads_title_asked" : "crossroads_title";
  }

  // --- the private question ------------------------------------------------------------------

  function showQuestion(next) {
    var box = $("question");
    var question = next.question;
    if (!question) {
      box.hidden = true;
      shownQuestion = null;
      box.textContent = "";
      return;
    }
    box.hidden = false;
    var id = question.q + (next.answered ? ":answered" : "") + ":" + next.outcome;
    if (id === shownQuestion) return;
    shownQuestion = id;
    box.textContent = "";
    if (next.answered) {
      box.appendChild(el("h1", {}, t(question.kind === "ballot" ? crossroadsTitle(next) : question.kind === "opening" ? "opening_title" : "closing_title")));
      if (question.kind === "ballot" && next.outcome !== null) {
        var outcome = next.outcome ? "outcome_yes"
          : next.crossroads && next.crossroads.can_stay ? "outcome_stay" : "outcome_wrap";
        box.appendChild(el("p", { className: "outcome", role: "status" }, t(outcome)));
      } else {
        box.appendChild(el("p", { role: "status" },
          t(question.kind === "ballot" ? "ballot_waiting" : "answered", next)));
      }
      return;
    }
    // A new element for each question, so nothing of an earlier one's listeners lingers.
    var form = el("div");
    box.appendChild(form);
    if (question.kind === "opening") askOpening(form, question, next);
    else if (question.kind === "ballot") askBallot(form, question, next);
    else askClosing(form, question, next);
  }

  function choices(name, legend, options, checked) {
    var set = el("fieldset");
    set.appendChild(el("legend", {}, legend));
    options.forEach(function (option, index) {
      var label = el("label", { className: "choice" });
      var input = el("input", { type: "radio", name: name, value: String(index) });
      if (index === checked) input.checked = true;
      label.appendChild(input);
      label.appendChild(el("span", {}, option));
      set.appendChild(label);
    });
    return set;
  }

  function chosen(box, name) {
    var input = box.querySelector("input[name='" + name + "']:checked");
    return input ? Number(input.value) : null;
  }

  function closeness(legend) {
    var set = el("fieldset");
    set.appendChild(el("legend", {}, legend));
    var grid = el("div", { className: "circles" });
    for (var value = 1; value <= 7; value++) {
      var label = el("label", { className: "circle-choice" });
      var input = el("input", {
        type: "radio", name: "closeness", value: String(value),
        "aria-label": t("closeness_name", { value: value, words: t("closeness_" + value) })
      });
      label.appendChild(input);
      var pair = el("span", { className: "pair", "aria-hidden": "true" });
      var gap = value <= 1 ? 30 : Math.round(24 * (1 - (value - 2) / 5 * 0.9));
      var left = el("span"), right = el("span");
      left.style.left = (28 - 12 - gap / 2) + "px";
      right.style.left = (28 - 12 + gap / 2) + "px";
      pair.appendChild(left);
      pair.appendChild(right);
      label.appendChild(pair);
      label.appendChild(el("span", { "aria-hidden": "true" }, String(value)));
      grid.appendChild(label);
    }
    var none = el("label", { className: "circle-choice" });
    none.appendChild(el("input", { type: "radio", name: "closeness", value: "", checked: "checked" }));
    none.appendChild(el("span", {}, t("closeness_none")));
    grid.appendChild(none);
    set.appendChild(grid);
    return set;
  }

  function closenessValue(box) {
    var input = box.querySelector("input[name='closeness']:checked");
    return input && input.value ? Number(input.value) : null;
  }

  function doneButton(box, onDone) {
    var button = el("button", { type: "button", className: "primary big" }, t("done"));
    button.addEventListener("click", function () {
      if (onDone()) button.disabled = true;
    });
    box.appendChild(button);
    return button;
  }

  function askOpening(box, question, next) {
    box.appendChild(el("h1", {}, t("opening_title")));
    box.appendChild(el("p", { className: "muted" }, t("opening_intro", next)));
    box.appendChild(closeness(t("closeness_q", next)));
    var depths = question.levels.map(function (level) { return level[0]; });
    box.appendChild(choices("deepest", t("deepest_q"), question.levels.map(function (level) {
      return t("deepest_option", { depth: level[0], title: level[1] });
    }), depths.indexOf(question.default_deepest)));
    box.appendChild(el("p", { className: "muted small" }, t("deepest_hint")));
    var asksStart = question.start_depth !== null && question.start_depth !== undefined;
    if (asksStart) {
      box.appendChild(choices("start", t("start_q", { depth: question.start_depth }),
        [t("start_yes"), t("start_no")], -1));
    }
    var done = doneButton(box, function () {
      var start = asksStart ? chosen(box, "start") : null;
      if (asksStart && start === null) return false;
      return send({
        t: "answer", q: question.q, closeness: closenessValue(box),
        deepest: depths[chosen(box, "deepest")], start_ok: asksStart ? start === 0 : null
      });
    });
    if (asksStart) {
      done.disabled = true;
      box.addEventListener("change", function () { done.disabled = chosen(box, "start") === null; });
    }
  }

  function askBallot(box, question, next) {
    box.appendChild(el("h1", {}, t(crossroadsTitle(next))));
    if (question.depth === null) {
      box.appendChild(el("p", {}, t("no_deeper")));
      return;
    }
    box.appendChild(choices("ballot", t("ballot_q", question), [t("ballot_yes"), t("ballot_no")], -1));
    box.appendChild(el("p", { className: "muted small" }, t("ballot_hint")));
    var done = doneButton(box, function () {
      var vote = chosen(box, "ballot");
      return vote !== null && send({ t: "answer", q: question.q, yes: vote === 0 });
    });
    done.disabled = true;
    box.addEventListener("change", function () { done.disabled = chosen(box, "ballot") === null; });
  }

  function askClosing(box, question, next) {
    box.appendChild(el("h1", {}, t("closing_title")));
    box.appendChild(closeness(t("closeness_q_after")));
    var keep = null;
    if (question.ask_to_keep) {
      var label = el("label", { className: "choice" });
      keep = el("input", { type: "checkbox" });
      label.appendChild(keep);
      label.appendChild(el("span", {}, t("keep_check_ins")));
      box.appendChild(label);
      box.appendChild(el("p", { className: "muted small" }, t("keep_hint")));
    }
    doneButton(box, function () {
      return send({ t: "answer", q: question.q, closeness: closenessValue(box), keep: keep ? keep.checked : false });
    });
  }

  // --- the read-back -------------------------------------------------------------------------

  function showReadBack(next) {
    var box = $("read-back");
    var lines = next.read_back;
    box.hidden = lines === null || lines === undefined;
    if (box.hidden) { box.textContent = ""; return; }
    var card = box.querySelector(".card");
    if (!card) {
      box.appendChild(el("h2", {}, t("read_back_title")));
      box.appendChild(el("p", { className: "muted small" }, t("read_back_intro")));
      card = el("div", { className: "card" });
      box.appendChild(card);
    }
    var wanted = lines.map(function (line) { return String(line.id); }).join(",");
    if (card.getAttribute("data-lines") !== wanted) {
      card.setAttribute("data-lines", wanted);
      card.textContent = "";
      if (!lines.length) card.appendChild(el("p", { className: "muted" }, t("read_back_empty")));
      lines.forEach(function (line) { card.appendChild(readBackLine(line)); });
    }
    lines.forEach(function (line) {
      var row = card.querySelector("[data-id='" + line.id + "']");
      if (!row) return;
      row.classList.toggle("struck", line.struck);
      row.querySelector("input[data-mark='struck']").checked = line.struck;
      row.querySelector("input[data-mark='confidential']").checked = line.confidential;
    });
  }

  function readBackLine(line) {
    var row = el("div", { className: "line", "data-id": String(line.id) });
    var textId = "line-" + line.id;
    row.appendChild(el("p", { className: "line-text", id: textId }, line.text));
    row.appendChild(el("p", { className: "line-about" }, line.about || t("about_whole")));
    var marks = el("div", { className: "marks" });
    ["struck", "confidential"].forEach(function (mark) {
      var label = el("label", { className: "choice" });
      var input = el("input", { type: "checkbox", "data-mark": mark, "aria-describedby": textId });
      input.addEventListener("change", function () {
        send({ t: "mark", note: line.id, mark: mark, on: input.checked });
        if (mark === "struck") row.classList.toggle("struck", input.checked);
      });
      label.appendChild(input);
      label.appendChild(el("span", {}, t(mark === "struck" ? "strike" : "confidential")));
      marks.appendChild(label);
    });
    row.appendChild(marks);
    return row;
  }

  // --- the buttons -------------------------------------------------------------------------

  $("pause").addEventListener("click", function () {
    if (!state) return;
    send({ t: "act", a: state.stage === "paused" ? "resume" : "pause" });
  });
  $("too-much").addEventListener("click", function () {
    // The prompt leaves this screen at once, before Belonging answers.
    $("prompt").textContent = "";
    shownPrompt = "";
    notice(t("held_title"), t("held_text"));
    send({ t: "act", a: "too_much" });
  });

  // --- my notes: kept in this browser only ---------------------------------------------------

  var NOTES = "belonging.notes.";
  var notesKey = NOTES + token;

  function notes(storageKey) {
    try { return JSON.parse(read(local, storageKey) || "[]"); } catch (error) { return []; }
  }

  function saveNotes(list) { write(local, notesKey, JSON.stringify(list)); }

  function earlierKeys() {
    var keys = [];
    if (!local) return keys;
    for (var i = 0; i < local.length; i++) {
      var name = local.key(i);
      if (name && name.indexOf(NOTES) === 0 && name !== notesKey) keys.push(name);
    }
    return keys;
  }

  function showNotes() {
    var list = notes(notesKey);
    var box = $("note-list");
    box.textContent = "";
    list.forEach(function (note, index) {
      var item = el("li");
      var body = el("div", { className: "note-body", id: "note-" + index }, note.text);
      if (note.about) body.appendChild(el("span", { className: "note-about" }, t("notes_about", { prompt: note.about })));
      item.appendChild(body);
      var remove = el("button", { type: "button", className: "quiet", "aria-describedby": "note-" + index }, t("notes_delete"));
      remove.addEventListener("click", function () {
        var all = notes(notesKey);
        all.splice(index, 1);
        saveNotes(all);
        showNotes();
      });
      item.appendChild(remove);
      box.appendChild(item);
    });
    $("note-none").hidden = list.length > 0;
    $("note-save").disabled = list.length === 0 && !$("note-field").value.trim();
    var earlier = earlierKeys();
    $("earlier").hidden = earlier.length === 0;
  }

  function notesAsText(keys) {
    var lines = [];
    keys.forEach(function (storageKey) {
      notes(storageKey).forEach(function (note) {
        lines.push("- " + note.text.replace(/\n/g, "\n  "));
        lines.push("  (" + note.at + (note.about ? " · " + note.about : "") + ")");
      });
    });
    var draft = keys.indexOf(notesKey) >= 0 ? $("note-field").value.trim() : "";
    if (draft) lines.push("- " + draft.replace(/\n/g, "\n  "));
    return t("notes_file_title") + "\n\n" + lines.join("\n") + "\n";
  }

  function download(text) {
    var blob = new Blob([text], { type: "text/plain;charset=utf-8" });
    var link = el("a", { href: URL.createObjectURL(blob), download: "belonging-notes-" + new Date().toISOString().slice(0, 10) + ".txt" });
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  var draftKey = "belonging.draft." + token;
  $("note-field").value = read(local, draftKey) || "";
  $("note-field").addEventListener("input", function () {
    write(local, draftKey, $("note-field").value);
    $("note-save").disabled = notes(notesKey).length === 0 && !$("note-field").value.trim();
  });
  $("note-keep").addEventListener("click", function () {
    var text = $("note-field").value.trim();
    if (!text) return;
    var list = notes(notesKey);
    list.push({
      text: text,
      at: new Date().toLocaleString(),
      about: state && state.prompt && !state.prompt.default_closing ? state.prompt.text : ""
    });
    saveNotes(list);
    $("note-field").value = "";
    write(local, draftKey, "");
    showNotes();
    $("note-field").focus();
  });
  $("note-save").addEventListener("click", function () { download(notesAsText([notesKey])); });
  $("note-forget").addEventListener("click", function () {
    if (!window.confirm(t("notes_forget_confirm"))) return;
    if (local) { local.removeItem(notesKey); local.removeItem(draftKey); }
    $("note-field").value = "";
    showNotes();
  });
  $("earlier-save").addEventListener("click", function () { download(notesAsText(earlierKeys())); });
  $("earlier-forget").addEventListener("click", function () {
    if (!window.confirm(t("notes_forget_confirm"))) return;
    earlierKeys().forEach(function (name) { local.removeItem(name); });
    showNotes();
  });

  // --- start ---------------------------------------------------------------------------------

  document.title = t("title");
  [["notes-title", "notes_title"], ["note-label", "notes_field"], ["note-keep", "notes_keep"],
   ["note-none", "notes_none"], ["note-save", "notes_save"], ["note-forget", "notes_forget"],
   ["earlier-text", "notes_earlier"], ["earlier-save", "notes_save"],
   ["earlier-forget", "notes_forget"]].forEach(function (pair) {
    $(pair[0]).textContent = t(pair[1]);
  });
  $("notes-intro").textContent = t("notes_intro", { other: "Belonging" });
  showNotes();
  if (!key || !token) {
    finish("no_key_title", "no_key_text");
  } else if (!window.WebSocket) {
    finish("unsupported_title", "unsupported_text");
  } else {
    connect();
  }
})();
