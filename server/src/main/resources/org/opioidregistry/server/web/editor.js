// Called by JSME's loader once the editor's code is in; the page reads window.editor.smiles().
"use strict";
window.editor = null;
window.jsmeOnLoad = function () {
  const status = document.getElementById("editor-status");
  if (status) status.remove();
  window.editor = new JSApplet.JSME("jsme", "480px", "360px", { options: "oldlook,star" });
};
