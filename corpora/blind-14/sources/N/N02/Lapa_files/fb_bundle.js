/* saved bundle (truncated) */
(function(){window.__fbSaved=true;function q(s){return document.querySelectorAll(s)}
document.addEventListener('DOMContentLoaded',function(){var c=q('.comments');for(var i=0;i<c.length;i++){c[i].setAttribute('data-collapsed','0')}});})();
