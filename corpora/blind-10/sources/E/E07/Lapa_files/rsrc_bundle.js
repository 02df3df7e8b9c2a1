/* saved page resource bundle (trimmed) */
(function(){var e=window.requireLazy||function(a,b){};try{document.documentElement.className+=" js";}catch(x){}
window.__bigPipe={onPageletArrive:function(){}};})();
