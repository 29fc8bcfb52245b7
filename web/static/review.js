// Review page: turn a text selection inside the original into start/end offsets for
// the "가림 추가" form. Offsets are counted in Unicode code points (Array.from), which
// is how Python indexes str; the server re-checks them against the original.
(function () {
  "use strict";
  var box = document.getElementById("original");
  var form = document.getElementById("add-mask-form");
  if (!box || !form) { return; }
  var start = document.getElementById("sel-start");
  var end = document.getElementById("sel-end");
  var text = document.getElementById("sel-text");
  var display = document.getElementById("sel-display");
  var emptyMessage = display.textContent;

  function offset(node, off) {
    var r = document.createRange();
    r.selectNodeContents(box);
    r.setEnd(node, off);
    return Array.from(r.toString()).length;
  }

  function clear() {
    start.value = ""; end.value = ""; text.value = ""; text.disabled = true;
    display.textContent = emptyMessage;
  }

  function update() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var range = sel.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) { return; }
    var s = offset(range.startContainer, range.startOffset);
    var e = offset(range.endContainer, range.endOffset);
    if (e <= s) { return; }
    var chosen = Array.from(box.textContent).slice(s, e).join("");
    start.value = String(s); end.value = String(e);
    text.value = chosen; text.disabled = false;
    display.textContent = "선택한 글자: “" + chosen + "” (" + s + "–" + e + ")";
  }

  document.addEventListener("selectionchange", update);
  box.addEventListener("mouseup", update);
  box.addEventListener("keyup", update);
  document.getElementById("sel-clear").addEventListener("click", clear);
}());

// Keyboard shortcuts on the review page, so a department can clear its queue without
// the mouse. Documented on the page (#shortcuts) and announced in #kbd-status for
// screen readers; ignored while typing in a field or with a modifier key held, so they
// never steal ordinary typing or browser shortcuts. Publishing asks for confirmation:
// one stray key must not release a document.
(function () {
  "use strict";
  var help = document.getElementById("shortcuts");
  if (!help) { return; }
  var status = document.getElementById("kbd-status");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.det-row"));
  var current = -1;

  function say(message) { if (status) { status.textContent = message; } }

  function typing(el) {
    if (!el) { return false; }
    var tag = el.tagName;
    return el.isContentEditable || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
  }

  function select(i) {
    if (!rows.length) { say("탐지된 개인정보가 없습니다."); return; }
    i = Math.max(0, Math.min(rows.length - 1, i));
    if (current >= 0 && rows[current]) { rows[current].removeAttribute("aria-current"); }
    current = i;
    var row = rows[i];
    row.setAttribute("aria-current", "true");
    row.focus();
    row.scrollIntoView({block: "nearest"});
    var value = row.querySelector("mark");
    say("탐지 " + (i + 1) + "/" + rows.length + ": " + (row.getAttribute("data-label") || "") +
        " " + (value ? value.textContent : "") + " (" + (row.getAttribute("data-status") || "") + ")");
  }

  function focusField(id) {
    var el = document.getElementById(id);
    if (!el) { say("이 문서에서는 쓸 수 없는 작업입니다."); return; }
    el.scrollIntoView({block: "center"});
    el.focus();
  }

  function needRow() {
    if (current < 0) { say("먼저 j 또는 k로 탐지를 선택하세요."); return null; }
    return rows[current];
  }

  function accept() {
    var row = needRow();
    if (!row) { return; }
    var button = row.querySelector(".accept-button");
    if (!button) { say("이 탐지는 이미 가림 확인되었거나 수정할 수 없습니다."); return; }
    button.click();
  }

  function reject() {
    var row = needRow();
    if (!row) { return; }
    var input = row.querySelector(".reject-comment");
    if (!input) { say("이 탐지는 이미 가림 해제되었거나 수정할 수 없습니다."); return; }
    input.focus();
    say("가림 해제 사유를 입력하고 Enter를 누르세요.");
  }

  function publish() {
    var form = document.getElementById("publish-form");
    if (!form) { say("이 문서는 지금 공개할 수 없습니다."); return; }
    if (window.confirm("가림을 적용하고 이 문서를 공개할까요?")) {
      var box = document.getElementById("publish-confirm");
      if (box) { box.checked = true; }          // the official has just confirmed it
      form.requestSubmit ? form.requestSubmit() : form.submit();
    } else {
      say("공개를 취소했습니다.");
    }
  }

  function gradeField() {
    var radio = document.querySelector("#grade input[name=grade]:checked") ||
                document.querySelector("#grade input[name=grade]");
    if (radio) { radio.focus(); radio.scrollIntoView({block: "center"}); } else { say("이 문서에서는 쓸 수 없는 작업입니다."); }
  }

  function toggleHelp() {
    help.open = !help.open;
    if (help.open) { help.querySelector("summary").focus(); }
  }

  var keys = {
    "j": function () { select(current + 1); },
    "k": function () { select(current < 0 ? 0 : current - 1); },
    "a": accept,
    "r": reject,
    "p": publish,
    "m": function () { focusField("phrase"); },
    "g": gradeField,
    "s": function () { focusField("release-date-input"); },
    "w": function () { focusField("ground"); },
    "n": function () {
      var next = document.getElementById("next-doc");
      if (next) { window.location.href = next.href; } else { say("다음 검토 문서가 없습니다."); }
    },
    "?": toggleHelp
  };

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || typing(e.target)) {
      if (e.key === "Escape" && typing(e.target)) { e.target.blur(); }
      return;
    }
    if (e.key === "Escape" && help.open) { help.open = false; return; }
    var action = keys[e.key];
    if (!action) { return; }
    e.preventDefault();
    action();
  });

  // After an action the page comes back at #row-N: continue from that detection.
  var m = /^#row-(\d+)$/.exec(window.location.hash);
  if (m) {
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].id === "row-" + m[1]) { current = i; rows[i].setAttribute("aria-current", "true"); }
    }
  }
}());
