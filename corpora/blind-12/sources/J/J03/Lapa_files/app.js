/* saved page script stub */
window.requireLazy=window.requireLazy||function(){};document.addEventListener("DOMContentLoaded",function(){});
