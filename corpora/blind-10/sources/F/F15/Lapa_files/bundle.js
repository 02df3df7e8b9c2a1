/* saved page bundle (stub) */
(function(){window.requireLazy=window.requireLazy||function(){};
document.addEventListener('DOMContentLoaded',function(){var b=document.getElementById('blueBar');if(b){b.setAttribute('data-ready','1');}});})();
