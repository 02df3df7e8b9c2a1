/* saved by browser: page scripts removed, stub kept */
(function(){window.__fbSaved=true;document.addEventListener('DOMContentLoaded',function(){
var t=document.querySelectorAll('._time');for(var i=0;i<t.length;i++){t[i].title=t[i].textContent;}});})();
