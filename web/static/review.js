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
