/* saglabātas lapas palīgskripts */
window.__saved=1;var t={like:"Patīk",share:"Kopīgot"};
