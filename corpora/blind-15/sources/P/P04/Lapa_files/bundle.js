/* saglabātās lapas skripts */
(function(){window.__fbSaved=true;document.addEventListener("DOMContentLoaded",function(){var b=document.querySelectorAll("button");for(var i=0;i<b.length;i++){b[i].disabled=true;}});})();
