// saved page script (not content)
(function(){var t=document.querySelectorAll('.actions');for(var i=0;i<t.length;i++){t[i].setAttribute('role','toolbar');}
window.__bbox_pending=false;function requireLazy(){return null}})();
