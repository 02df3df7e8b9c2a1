/* lapas skripts */
(function(){var d=document;d.addEventListener&&d.addEventListener("DOMContentLoaded",function(){var t=d.querySelectorAll(".time");for(var i=0;i<t.length;i++){t[i].title=t[i].textContent;}});})();
