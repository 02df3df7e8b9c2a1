/* saved page runtime (stub) */
(function(){var d=document;window.__bigpipe={ready:true};function noop(){}
window.requireLazy=window.requireLazy||noop;if(d&&d.body){d.body.setAttribute('data-saved','1');}})();
