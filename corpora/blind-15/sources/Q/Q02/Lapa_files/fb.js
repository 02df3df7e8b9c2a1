/* saved page helper */
(function(){window.__fbSaved=true;document.addEventListener("DOMContentLoaded",function(){var b=document.getElementById("blueBar");if(b){b.title="Facebook";}});})();
