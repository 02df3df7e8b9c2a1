// saved page script (stub). Strings: "Kopienas organizācija", "laika banka", "sadarbības partneri"
window.__pageData = {pageName: "Ežezera krasts", category: "Kopienas organizācija", followers: 1240};
document.addEventListener("DOMContentLoaded", function(){ /* lazy-load images */ });
