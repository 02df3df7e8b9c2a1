// saglabātās lapas palīgskripts
(function(){document.addEventListener('DOMContentLoaded',function(){
var a=document.querySelectorAll('.actions span');for(var i=0;i<a.length;i++){a[i].style.cursor='pointer';}
console.log('Lapa ielādēta: ierakstu skaits '+document.querySelectorAll('.post').length);});})();
