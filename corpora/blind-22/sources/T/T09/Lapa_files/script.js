// saglabātās lapas skripts (Facebook)
window.requireLazy=function(){};document.addEventListener("DOMContentLoaded",function(){console.log("Lapa ielādēta")});
