// saved page script stub
(function(){var d=document;d.addEventListener("DOMContentLoaded",function(){var p=d.querySelectorAll(".post");for(var i=0;i<p.length;i++){p[i].setAttribute("data-index",i);}});})();
